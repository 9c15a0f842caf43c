/**
 * How the load benchmarks start the bot's process, from the environment: BENCH_BOT_NODE_ARGS are
 * Node's options for it ("--cpu-prof --cpu-prof-dir=prof" to profile it), BENCH_WORK_THREADS its
 * WORK_THREADS.
 */
export function benchBotOptions(): { nodeArgs: string[]; env: Record<string, string> } {
  const nodeArgs = (process.env.BENCH_BOT_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const threads = process.env.BENCH_WORK_THREADS;
  return { nodeArgs, env: threads ? { WORK_THREADS: threads } : {} };
}
