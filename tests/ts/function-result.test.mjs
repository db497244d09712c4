// FunctionResult.joinConference as ../shared/seed/joinConference.txt documents it, and the
// SWAIG response of FunctionResult.toDict(), against the generated package in generated/ts/dist.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  Beep,
  FunctionResult,
  HttpMethod,
  InvalidArgumentError,
  Record,
  RecordingStatusCallbackEvent,
  Region,
  SWML,
  StatusCallbackEvent,
  Trim,
} from "../../generated/ts/dist/index.js";

const swml = (payload) => ({
  SWML: { version: "1.0.0", sections: { main: [{ join_conference: payload }] } },
});

describe("joinConference", () => {
  it("emits the short form when only the name is given", () => {
    const result = new FunctionResult("Connecting").joinConference("room");
    assert.deepEqual(result.toDict(), { response: "Connecting", action: [swml("room")] });
  });

  it("returns this, for chaining", () => {
    const result = new FunctionResult();
    assert.equal(result.joinConference("a"), result);
    assert.equal(result.joinConference("a").joinConference("b").action.length, 3);
  });

  it("emits the short form when every option is at its default", () => {
    const result = new FunctionResult().joinConference("room", {
      muted: false,
      beep: "true",
      startOnEnter: true,
      endOnExit: false,
      record: "do-not-record",
      trim: "trim-silence",
      statusCallbackMethod: "POST",
      recordingStatusCallbackMethod: "POST",
      recordingStatusCallbackEvent: ["completed"],
      waitUrl: undefined,
      region: null,
    });
    assert.deepEqual(result.action, [swml("room")]);
  });

  it("emits the object form, in wire key order, for any option not at its default", () => {
    const result = new FunctionResult("Connecting you now").joinConference("support-room", {
      statusCallbackEvent: [StatusCallbackEvent.Join, StatusCallbackEvent.Leave],
      statusCallback: "https://example.com/conference-events",
      beep: Beep.OnEnter,
      muted: true,
    });
    assert.equal(
      JSON.stringify(result.toDict()),
      JSON.stringify({
        response: "Connecting you now",
        action: [
          swml({
            name: "support-room",
            muted: true,
            beep: "onEnter",
            status_callback_event: "join leave",
            status_callback: "https://example.com/conference-events",
          }),
        ],
      }),
    );
  });

  it("maps every option to its wire key", () => {
    const options = {
      muted: true,
      beep: Beep.OnExit,
      startOnEnter: false,
      endOnExit: true,
      waitUrl: "https://example.com/hold.xml",
      maxParticipants: 10,
      record: Record.RecordFromStart,
      region: Region.Eu,
      trim: Trim.DoNotTrim,
      coach: "call-sid",
      statusCallbackEvent: "start end",
      statusCallbackEventType: "relay",
      statusCallback: "https://example.com/status",
      statusCallbackMethod: HttpMethod.Get,
      recordingStatusCallback: "http://example.com/recording",
      recordingStatusCallbackMethod: HttpMethod.Get,
      recordingStatusCallbackEvent: [RecordingStatusCallbackEvent.InProgress, "absent"],
      recordingStatusCallbackEventType: "cxml",
      result: { variable: "return_value", case: { done: [{ hangup: {} }] } },
      stream: { url: "wss://example.com/audio", codec: "PCMU", realtime: true },
    };
    const payload = new FunctionResult().joinConference("room", options).action[0].SWML.sections.main[0]
      .join_conference;
    assert.deepEqual(Object.keys(payload), [
      "name",
      "muted",
      "beep",
      "start_on_enter",
      "end_on_exit",
      "wait_url",
      "max_participants",
      "record",
      "region",
      "trim",
      "coach",
      "status_callback_event",
      "status_callback_event_type",
      "status_callback",
      "status_callback_method",
      "recording_status_callback",
      "recording_status_callback_method",
      "recording_status_callback_event",
      "recording_status_callback_event_type",
      "result",
      "stream",
    ]);
    assert.equal(payload.recording_status_callback_event, "in-progress absent");
    assert.equal(payload.status_callback_event, "start end");
    assert.deepEqual(payload.stream, { url: "wss://example.com/audio", codec: "PCMU", realtime: true });
  });

  it("keeps SWML variables, and a variable equal to no default", () => {
    const payload = new FunctionResult().joinConference("room", {
      startOnEnter: "${flag}",
      maxParticipants: "%{vars.max}",
    }).action[0].SWML.sections.main[0].join_conference;
    assert.deepEqual(payload, { name: "room", start_on_enter: "${flag}", max_participants: "%{vars.max}" });
  });

  const refusals = [
    [["", {}], "name", "joinConference.name"],
    [["  \u0085", {}], "name", "joinConference.name"],
    [[5, {}], "name", "joinConference.name"],
    [["room", { muted: "yes" }], "muted", "joinConference.muted"],
    [["room", { muted: null }], "muted", "joinConference.muted"],
    [["room", { beep: "loud" }], "beep", "joinConference.beep"],
    [["room", { maxParticipants: 1 }], "maxParticipants", "joinConference.maxParticipants"],
    [["room", { maxParticipants: 2.5 }], "maxParticipants", "joinConference.maxParticipants"],
    [["room", { waitUrl: "ftp://example.com" }], "waitUrl", "joinConference.waitUrl"],
    [["room", { region: "us-east" }], "region", "joinConference.region"],
    [["room", { statusCallbackEvent: "join, leave" }], "statusCallbackEvent", "joinConference.statusCallbackEvent"],
    [["room", { statusCallbackEvent: [] }], "statusCallbackEvent", "joinConference.statusCallbackEvent"],
    [["room", { stream: { url: "https://example.com" } }], "stream", "joinConference.stream.url"],
    [["room", { stream: { url: "wss://x", name: null } }], "stream", "joinConference.stream.name"],
    [["room", { result: [{ when: "x", then: [{ foo: 1 }] }] }], "result", "joinConference.result[0].then[0].foo"],
    [["room", { status_callback: "https://example.com" }], "status_callback", "joinConference.status_callback"],
    [["room", "muted"], "options", "joinConference.options"],
  ];
  for (const [args, parameter, path] of refusals) {
    it(`refuses ${JSON.stringify(args)} and leaves the result unchanged`, () => {
      const result = new FunctionResult("before").joinConference("first");
      const before = JSON.stringify(result.toDict());
      assert.throws(
        () => result.joinConference(...args),
        (error) => {
          assert.ok(error instanceof InvalidArgumentError);
          assert.ok(error instanceof Error);
          assert.equal(error.method, "joinConference");
          assert.equal(error.parameter, parameter);
          assert.equal(error.path, path);
          assert.match(error.message, /^joinConference\(\): /);
          assert.ok(error.expected.length > 0);
          return true;
        },
      );
      assert.equal(JSON.stringify(result.toDict()), before);
    });
  }

  it("says what was refused and why", () => {
    assert.throws(() => new FunctionResult().joinConference("room", { maxParticipants: 1 }), {
      message:
        "joinConference(): maxParticipants must be an integer from 2 to 100000 " +
        "or a SWML variable such as '${name}'; got 1",
    });
    assert.throws(() => new FunctionResult().joinConference("room", { beep: "invalid" }), {
      message:
        "joinConference(): beep must be one of 'true', 'false', 'onEnter', 'onExit'; " +
        'got "invalid"',
    });
    assert.throws(() => new FunctionResult().joinConference("room", { stream: { url: "wss://x", codec: 5 } }), {
      message: "joinConference(): stream.codec must be a string; got 5",
    });
    assert.throws(() => new FunctionResult().joinConference("room", { stream: {} }), {
      message: "joinConference(): stream.url is missing; it must be an absolute URL starting with wss://",
    });
  });
});

describe("FunctionResult", () => {
  it("gives the SWAIG response", () => {
    assert.deepEqual(new FunctionResult().toDict(), { response: "Action completed." });
    assert.deepEqual(new FunctionResult("hi").toDict(), { response: "hi" });
    assert.deepEqual(new FunctionResult("", true).addAction("say", "x").toDict(), {
      action: [{ say: "x" }],
      post_process: true,
    });
    assert.deepEqual(new FunctionResult("hi", true).toDict(), { response: "hi" });
    const result = new FunctionResult().setResponse("ok").setPostProcess(true).addActions([{ a: 1 }, { b: 2 }]);
    assert.equal(JSON.stringify(result), '{"response":"ok","action":[{"a":1},{"b":2}],"post_process":true}');
  });

  it("executes SWML from a builder, an object or JSON text", () => {
    const doc = new SWML().hangup();
    const expected = { version: "1.0.0", sections: { main: [{ hangup: {} }] } };
    assert.deepEqual(new FunctionResult().executeSwml(doc).action, [{ SWML: expected }]);
    assert.deepEqual(new FunctionResult().executeSwml(expected, true).action, [{ SWML: expected, transfer: true }]);
    assert.deepEqual(new FunctionResult().executeSwml(JSON.stringify(expected)).action, [{ SWML: expected }]);
    assert.throws(() => new FunctionResult().executeSwml(5), TypeError);
  });

  it("refuses SWML the schema refuses, and keeps nothing", () => {
    const result = new FunctionResult().say("before");
    assert.throws(() => result.executeSwml("not json"), {
      name: "InvalidArgumentError",
      message: /^executeSwml\(\): swml must be a SWML document as JSON text, .*; got "not json"; the text is not a JSON document \(invalid JSON: /,
    });
    assert.throws(() => result.executeSwml({ version: "1.0.0", sections: { main: [{ hang_up: {} }] } }), {
      message: /^executeSwml\(\): swml\.sections\.main\[0\]\.hang_up must be a verb; got \{\}; 'hang_up' is not one here/,
    });
    assert.throws(() => result.executeSwml({ sections: { main: [] } }, "yes"), {
      message: /^executeSwml\(\): transfer must be true or false or a SWML variable/,
    });
    assert.deepEqual(result.toDict(), { action: [{ say: "before" }] });
  });
});

describe("FunctionResult's tool response", () => {
  it("takes toolResult and toolPrompt in the constructor, in place of the response", () => {
    assert.deepEqual(new FunctionResult("Hi", false, "r", "p").toDict(), {
      response: { tool_result: "r", tool_prompt: "p" },
    });
    assert.deepEqual(new FunctionResult("Hi", false, undefined, "p").toDict(), {
      response: { tool_prompt: "p" },
    });
    assert.deepEqual(new FunctionResult("Hi").toDict(), { response: "Hi" });
  });

  it("setToolResponse leaves out what is not given, and nothing given falls back", () => {
    assert.deepEqual(new FunctionResult("a").setToolResponse("done").toDict(), {
      response: { tool_result: "done" },
    });
    assert.deepEqual(new FunctionResult("a").setToolResponse().toDict(), {
      response: "Action completed.",
    });
  });
});
