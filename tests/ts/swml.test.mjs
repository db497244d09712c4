// The SWML builder: one checked chaining method per verb, against generated/ts/dist.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  Beep,
  CallStatus,
  DocumentReadError,
  InvalidArgumentError,
  InvalidDocumentError,
  MISSING,
  SWML,
  validate,
} from "../../generated/ts/dist/index.js";

describe("SWML", () => {
  it("builds a document of sections", () => {
    const doc = new SWML()
      .answer()
      .play({ url: "say:Welcome" })
      .sleep(5000)
      .sleep({ duration: 10 })
      .label("start")
      .goto({ label: "start", max: 3 })
      .unset(["a", "b"])
      .return({ ok: true })
      .denoise()
      .hangup({ reason: "busy" })
      .joinConference({ name: "room", beep: Beep.OnEnter, startOnEnter: false })
      .section("other")
      .transfer({ dest: "main" });
    assert.deepEqual(doc.toDict(), {
      version: "1.0.0",
      sections: {
        main: [
          { answer: {} },
          { play: { url: "say:Welcome" } },
          { sleep: 5000 },
          { sleep: { duration: 10 } },
          { label: "start" },
          { goto: { label: "start", max: 3 } },
          { unset: ["a", "b"] },
          { return: { ok: true } },
          { denoise: {} },
          { hangup: { reason: "busy" } },
          { join_conference: { name: "room", beep: "onEnter", start_on_enter: false } },
        ],
        other: [{ transfer: { dest: "main" } }],
      },
    });
    assert.equal(JSON.stringify(doc), doc.toJsonString());
    assert.equal(JSON.parse(doc.toJsonString(2)).version, "1.0.0");
  });

  it("checks verb lists all the way down", () => {
    const doc = new SWML().cond([{ when: "vars.digit == '1'", then: [{ play: { url: "say:one" } }] }, { else: [{ hangup: {} }] }]);
    assert.equal(doc.toDict().sections.main.length, 1);
    assert.throws(
      () => new SWML().cond([{ when: "x", then: [{ hangup: { reason: "bored" } }] }]),
      (error) => error instanceof InvalidArgumentError && error.path === "cond[0].then[0].hangup.reason",
    );
  });

  it("lets the keys pick the variant, and names both when they mix", () => {
    assert.deepEqual(new SWML().play({ urls: ["say:a", "say:b"] }).toDict().sections.main, [
      { play: { urls: ["say:a", "say:b"] } },
    ]);
    assert.throws(
      () => new SWML().play({ url: "say:hi", urls: ["say:there"] }),
      (error) =>
        error instanceof InvalidArgumentError &&
        error.parameter === "options" &&
        error.message.includes("the nearest variant, PlayWithURL, does not take urls") &&
        error.message.includes("PlayWithURLS also takes urls and requires urls"),
    );
  });

  it("names the path of a nested refusal", () => {
    assert.throws(
      () => new SWML().connect({ serial: [{ to: "sip:a@example.com" }, { to: 5 }] }),
      (error) => error instanceof InvalidArgumentError && error.path === "connect.serial[1].to" && error.parameter === "serial",
    );
  });

  it("refuses unknown options, missing ones and non-objects, adding nothing", () => {
    const doc = new SWML().answer();
    const before = doc.toJsonString();
    for (const call of [
      () => doc.hangup({ reason: "busy", because: "done" }),
      () => doc.goto({}),
      () => doc.goto("start"),
      () => doc.sleep("5s"),
      () => doc.sleep({}),
      () => doc.label(5),
      () => doc.set([1]),
      () => doc.joinConference({ name: "room", max_participants: 5 }),
      () => doc.section(""),
    ]) {
      assert.throws(call, InvalidArgumentError);
    }
    assert.equal(doc.toJsonString(), before);
  });

  it("reads text as Python does: code points and Python's whitespace", () => {
    // U+FEFF is not whitespace in Python (a non-blank name); U+0085 is.
    new SWML().joinConference({ name: "\ufeff" });
    assert.throws(() => new SWML().joinConference({ name: "\u0085" }), InvalidArgumentError);
    // The SWML variable pattern is ECMA-262: `.` stops at line terminators, `$` is the end.
    for (const bad of ["${\r}", "${\u2028}", "${a}\n"]) {
      assert.throws(() => new SWML().sleep(bad), InvalidArgumentError);
    }
    new SWML().sleep("${\u{1F600}}");
  });

  it("exports the value sets as union types and named constants", () => {
    assert.equal(Beep.OnEnter, "onEnter");
    assert.equal(CallStatus.Answered, "answered");
    assert.ok(Object.isFrozen(Beep));
  });

  it("reads a document back, checked, and gives it back as it was", () => {
    const document = { sections: { other: [{ hangup: {} }], main: [{ play: { url: "say:hi" } }] } };
    const doc = SWML.fromDict(document);
    assert.deepEqual(doc.toDict(), document);
    assert.deepEqual(Object.keys(doc.toDict().sections), ["other", "main"]);
    assert.deepEqual(doc.answer().toDict().sections.main, [{ play: { url: "say:hi" } }, { answer: {} }]);
    assert.deepEqual(SWML.fromJSON('{"version": "1.0.0", "sections": {"main": []}}').toDict(), {
      version: "1.0.0",
      sections: { main: [] },
    });
    assert.throws(
      () => SWML.fromDict({ sections: { main: [{ play: { url: "say:hi", volume: "loud" } }] } }),
      (error) =>
        error instanceof InvalidDocumentError &&
        error instanceof InvalidArgumentError &&
        error.path === "sections.main[0].play.volume" &&
        error.problems.length === 1 &&
        error.problems[0].value === "loud",
    );
    assert.throws(() => SWML.fromJSON("{"), DocumentReadError);
    assert.throws(() => SWML.fromJSON("  "), /the document is empty/);
  });

  it("validates a document: every problem, with its pointer, verb, value and what is allowed", () => {
    const document = {
      sections: {
        main: [
          { play: { url: "say:hi", volume: "loud" } },
          { join_room: { name: "r", nme: 1, bar: 2 } },
          { nope: 1 },
          { connect: { from: "+1555" } },
          { cond: [{ when: "x", then: [{ join_room: {} }] }] },
        ],
        "a/b": [{ ai: { prompt: { text: "x", temprature: 1 } } }],
      },
    };
    const problems = validate(document);
    assert.deepEqual(
      problems.map((p) => [p.pointer, p.verb, p.value]),
      [
        ["/sections/main/0/play/volume", "play", "loud"],
        ["/sections/main/1/join_room/bar", "join_room", 2],
        ["/sections/main/1/join_room/nme", "join_room", 1],
        ["/sections/main/2/nope", "", 1],
        ["/sections/main/3/connect", "connect", { from: "+1555" }],
        ["/sections/main/4/cond/0/then/0/join_room/name", "join_room", MISSING],
        ["/sections/a~1b/0/ai/prompt", "ai", { text: "x", temprature: 1 }],
      ],
    );
    assert.equal(problems[0].path, "sections.main[0].play.volume");
    assert.equal(
      problems[0].message,
      `sections.main[0].play.volume must be a number from -40 to 40 or a SWML variable such as '\${name}'; got "loud"`,
    );
    assert.equal(problems[2].message, "sections.main[1].join_room.nme: no such key here, did you mean name? (allowed: name)");
    assert.equal(problems[5].message, "sections.main[4].cond[0].then[0].join_room.name is missing; it must be a string");
    assert.match(problems[6].expected, /did you mean temperature\?/);
    assert.deepEqual(validate({ sections: { main: [{ answer: {} }, { hangup: {} }] } }), []);
    assert.deepEqual(
      validate([1]).map((p) => [p.path, p.pointer, p.verb]),
      [["", "", ""]],
    );
    // fromDict (and fromJSON) throw every problem, one line each in the message.
    assert.throws(
      () => SWML.fromJSON(JSON.stringify(document)),
      (error) =>
        error instanceof InvalidDocumentError &&
        error.path === "sections.main[0].play.volume" &&
        assert.deepEqual(error.problems, problems) === undefined &&
        error.message === problems.map((p) => p.message).join("\n"),
    );
  });
});
