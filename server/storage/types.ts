// The storage interface for feedback and content insights (issue 6). The API codes against this only, so the
// SQLite store and a future PostgreSQL one are each a single module behind it.

/** A question /ask could not answer. `query` is the cleaned text; the store redacts it before keeping it. */
export interface UnansweredQuestion {
  query: string;
  /** Reading language. */
  lang: string;
  detectedLang: string;
  country?: string;
  /** Salted, daily-rotating client hash: only for capping repeats from one client, never stored as an identity. */
  clientKey: string;
}

/** A question /ask did answer, so insights can tell which languages most often fell back to another one. */
export interface AnsweredQuestion {
  lang: string;
  country?: string;
  /** The best answer was not in the reading language. */
  fellBack: boolean;
}

/** "Was this helpful?" from the widget. */
export interface FeedbackVote {
  entryId: string;
  helpful: boolean;
  lang: string;
  flowId?: string;
  query?: string;
  clientKey: string;
}

export interface Insights {
  unanswered: { lang: string; country: string | null; query: string; count: number }[];
  leastHelpful: { entryId: string; lang: string; helpful: number; notHelpful: number; ratio: number }[];
  fallbacks: { lang: string; asked: number; fellBack: number; ratio: number }[];
}

/**
 * Feedback and insight storage. The API calls the `record*` methods off the request path and swallows their
 * failures, so they may be slow or throw; `recordAnswered` runs for every answered question, so aggregate it.
 */
export interface FeedbackStore {
  recordUnanswered(question: UnansweredQuestion): void | Promise<void>;
  recordAnswered(question: AnsweredQuestion): void | Promise<void>;
  recordFeedback(vote: FeedbackVote): void | Promise<void>;
  insights(options?: { limit?: number }): Insights | Promise<Insights>;
  close(): void | Promise<void>;
}
