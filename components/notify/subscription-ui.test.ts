// The subscription UI's pieces rendered to HTML: the button names the action the
// click will take, and the form marks the saved preference and lists the follows.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FollowButton } from "./follow-button";
import { PreferenceForm } from "./preference-form";

const noop = () => undefined;

describe("FollowButton", () => {
  it("offers 关注 when not following and 取消关注 when following", () => {
    expect(renderToStaticMarkup(createElement(FollowButton, { following: false, pending: false, onToggle: noop }))).toMatch(
      /aria-pressed="false"[^>]*>关注<\/button>/,
    );
    expect(renderToStaticMarkup(createElement(FollowButton, { following: true, pending: false, onToggle: noop }))).toMatch(
      /aria-pressed="true"[^>]*>取消关注<\/button>/,
    );
  });

  it("is disabled while a change is on its way", () => {
    expect(renderToStaticMarkup(createElement(FollowButton, { following: false, pending: true, onToggle: noop }))).toContain('disabled=""');
  });
});

describe("PreferenceForm", () => {
  it("checks the saved preference only, and lists the follows", () => {
    const html = renderToStaticMarkup(
      createElement(PreferenceForm, {
        value: "digest",
        saving: false,
        saved: false,
        onChange: noop,
        follows: [{ initiativeId: 1, name: "芝麻免押<A&B>" }],
      }),
    );
    expect(html.match(/checked=""/g)).toHaveLength(1);
    expect(html).toMatch(/<input[^>]*value="digest"[^>]*checked=""|<input[^>]*checked=""[^>]*value="digest"/);
    expect(html).toContain("<li>芝麻免押&lt;A&amp;B&gt;</li>");
  });

  it("says how to follow when nothing is followed", () => {
    const html = renderToStaticMarkup(
      createElement(PreferenceForm, { value: "none", saving: false, saved: true, onChange: noop, follows: [] }),
    );
    expect(html).toContain("还没有关注的项目");
    expect(html).toContain("已保存");
  });
});
