"use client";
import { messages } from "~/lib/messages";

export interface FollowState {
  following: boolean;
  /** a follow or unfollow is on its way */
  pending: boolean;
  onToggle: () => void;
}

/** 关注 / 取消关注 an initiative: its import alerts then reach the user by e-mail. */
export function FollowButton({ following, pending, onToggle }: FollowState) {
  return (
    <button type="button" aria-pressed={following} disabled={pending} title={messages.notify.followHelp} onClick={onToggle}>
      {following ? messages.notify.unfollow : messages.notify.follow}
    </button>
  );
}
