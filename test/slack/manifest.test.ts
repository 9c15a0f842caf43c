/** manifest.yml asks Slack for exactly what the code registers and needs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS as REGISTRY } from '../../src/commands/registry.ts';
import { botDeps } from '../../src/slack/deps.ts';
import { registerListeners } from '../../src/slack/listeners/index.ts';
import { BOT_HANDLE } from '../../src/digest/paused.ts';
import { BOT_SCOPES, EVENT_SCOPES } from '../../src/slack/scopes.ts';
import { EVENTS } from '../../src/slack/listeners/events/index.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { captureLogger, realCorpus } from '../helpers/bot.ts';

const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8'));

/** Register the listeners on a recording stand-in for Bolt's App. */
function registered() {
  const seen = { commands: [] as string[], events: [] as string[], actions: [] as string[], shortcuts: [] as string[], assistant: false };
  const app = {
    // A RegExp is the catch-all for commands that are not the bot's; only named ones are in the manifest.
    command: (name: string | RegExp) => void (typeof name === 'string' && seen.commands.push(name)),
    event: (name: string) => void seen.events.push(name),
    action: (id: string | RegExp) => void seen.actions.push(String(id)),
    // The catch-all listeners (catchAll.ts) register these too; nothing in the manifest names them.
    view: () => {},
    shortcut: (c: string | RegExp | { callback_id: string }) => void (typeof c === 'object' && 'callback_id' in c && seen.shortcuts.push(c.callback_id)),
    options: () => {},
    assistant: () => void (seen.assistant = true),
  };
  registerListeners(app as never, botDeps({ corpus: realCorpus(), store: createMemoryStore(), logger: captureLogger() }));
  return seen;
}

describe('manifest.yml', () => {
  it('lists exactly the five slash commands the app registers, with Swedish descriptions and usage hints', () => {
    const commands = manifest.features.slash_commands as { command: string; description: string; usage_hint: string }[];
    const names = commands.map((c) => c.command).sort();
    expect(names).toEqual(['/cancer-admin', '/cancer-ask', '/cancer-deadlines', '/cancer-digest', '/cancer-totals']);
    expect(registered().commands.sort()).toEqual(names);
    expect(Object.keys(REGISTRY).sort()).toEqual(names);
    for (const c of commands) {
      expect(c.description.length).toBeGreaterThan(10);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect(c.description).toMatch(/[åäö]/i);
      expect(c.usage_hint.length).toBeGreaterThan(0);
    }
    expect(commands.find((c) => c.command === '/cancer-totals')!.usage_hint).toContain('[år | år-år]');
    expect(commands.find((c) => c.command === '/cancer-digest')!.usage_hint).toContain('on [HH:MM] | off | status | preview');
    expect(commands.find((c) => c.command === '/cancer-admin')!.usage_hint).toContain('report | synonym add "<fras>" = <ord i källorna> | synonym remove <id> | synonym list | channel auto');
  });

  it('subscribes to the bot events the app listens to', () => {
    const events = [...manifest.settings.event_subscriptions.bot_events].sort();
    expect(events).toEqual(['app_home_opened', 'app_mention', 'app_uninstalled', 'assistant_thread_context_changed', 'assistant_thread_started', 'message.channels', 'message.groups', 'message.im', 'tokens_revoked']);
    // Two "message" listeners: DMs (message.im), and channels and private channels (message.channels, message.groups);
    // the side panel's two events (and its messages, in DM threads) go to Bolt's Assistant.
    const { events: registeredEvents, assistant } = registered();
    expect(assistant).toBe(true);
    expect(registeredEvents.filter((e) => e === 'message')).toHaveLength(2);
    expect([...new Set(registeredEvents.filter((e) => e !== 'message')), 'message.channels', 'message.groups', 'message.im', 'assistant_thread_started', 'assistant_thread_context_changed'].sort()).toEqual(events);
    expect(Object.keys(EVENT_SCOPES).sort()).toEqual(events);
    expect([...EVENTS].sort()).toEqual(events);
  });

  it('asks for exactly the scopes the code needs, including each event\'s', () => {
    const scopes = [...manifest.oauth_config.scopes.bot].sort();
    expect(scopes).toEqual(Object.keys(BOT_SCOPES).sort());
    for (const scope of Object.values(EVENT_SCOPES)) if (scope) expect(scopes).toContain(scope);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it('lets the digest post only where the bot is a member: no chat:write.public, and the scopes to check a channel first', () => {
    const scopes: string[] = manifest.oauth_config.scopes.bot;
    expect(scopes).not.toContain('chat:write.public');
    expect(scopes).toEqual(expect.arrayContaining(['channels:read', 'groups:read']));
    // Not asked for: a DM with the bot is not checked, and a group DM cannot subscribe (its check answers that a permission is missing).
    expect(scopes).not.toContain('im:read');
    expect(scopes).not.toContain('mpim:read');
  });

  it('has the assistant side panel, with its description and prompts, and the message shortcut the code handles', () => {
    const view = manifest.features.assistant_view as { assistant_description: string; suggested_prompts: { title: string; message: string }[] };
    expect(view.assistant_description.length).toBeGreaterThan(20);
    expect(view.suggested_prompts.length).toBeGreaterThanOrEqual(1);
    for (const p of view.suggested_prompts) expect(p.title.length).toBeGreaterThan(3);
    expect(manifest.oauth_config.scopes.bot).toContain('assistant:write');
    const shortcuts = manifest.features.shortcuts as { name: string; type: string; callback_id: string; description: string }[];
    expect(shortcuts.map((s) => [s.type, s.callback_id])).toEqual([['message', 'ask_about_message']]);
    expect(registered().shortcuts).toEqual(['ask_about_message']);
    // Slack's limits: a shortcut's name at most 24 characters, its description 150; named in both languages.
    expect(shortcuts[0]!.name.length).toBeLessThanOrEqual(24);
    expect(shortcuts[0]!.description.length).toBeLessThanOrEqual(150);
    expect(shortcuts[0]!.name).toMatch(/Fråga.*Ask/u);
  });

  it("names the bot as the invite text says: /invite ${BOT_HANDLE}", () => {
    expect(`@${manifest.features.bot_user.display_name}`).toBe(BOT_HANDLE);
  });

  it('turns on the Home and Messages tabs, interactivity and Socket Mode', () => {
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('has a handler for every button the bot renders', () => {
    const actions = registered().actions;
    for (const id of ['share_answer', 'show_more', 'feedback_up', 'feedback_down', 'open_source_url']) expect(actions).toContain(id);
    expect(actions).toContain(String(/^show_source_\d+$/));
    expect(actions).toContain(String(/^ask_question_\d+$/));
  });
});
