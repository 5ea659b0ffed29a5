/** A comment on a post, by a profile, possibly mentioning others (`@Initials` or `@Name`). */
export interface PostComment {
  /** UUID v4. */
  id: string;
  postId: string;
  authorId: string;
  /** ISO 8601 UTC instant. */
  at: string;
  text: string;
  /** Ids of the profiles mentioned in the text. */
  mentions: string[];
}
