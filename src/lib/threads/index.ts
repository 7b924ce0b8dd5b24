export { buildStoryThreads, compareByDate } from './build-threads.ts';
export { selectFrontThreads, type ThreadSummary } from './front-threads.ts';
export { threadFeedPath, threadPagePath } from './paths.ts';
export { groupByDay, reportsAround, type TimelineDay } from './timeline.ts';
export { extractNames, findTopics, type Topic } from './topics.ts';
export { threadInput } from './thread-input.ts';
export { DEFAULT_THREAD_TUNING, type Neighbour, type StoryThread, type ThreadEntry, type ThreadInput, type ThreadTuning } from './types.ts';
