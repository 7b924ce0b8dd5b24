export { buildStoryThreads, compareByDate } from './build-threads.ts';
export { selectFrontThreads, type ThreadSummary } from './front-threads.ts';
export { threadFeedPath, threadPagePath, TOPIC_INDEX_PATH, topicFeedPath, topicPagePath } from './paths.ts';
export { groupByDay, reportsAround, type TimelineDay } from './timeline.ts';
export { findTopics, topicDoc, topicThresholds, type Topic, type TopicIndex, type TopicOptions } from './topics.ts';
export { extractNames, scanNames, type NameMention } from './topic-names.ts';
export { threadInput } from './thread-input.ts';
export { docMarkers } from './markers.ts';
export { DEFAULT_THREAD_TUNING, type Neighbour, type StoryThread, type ThreadEntry, type ThreadInput, type ThreadTuning } from './types.ts';
