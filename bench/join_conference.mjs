// joinConference per call in node, for bench/node.py: the generated TypeScript package
// (generated/ts/dist) against a hand-written, unchecked build of the same payload, the way an SDK
// writes it by hand (camelCase option -> snake_case key, defaults left out, no checks).
//
// `node bench/join_conference.mjs < CONFIG.json` where CONFIG is
//   {"rounds": R, "budgetMs": B, "cases": [{"name": ..., "options": {...}, "refused": bool}]}
// and prints {"node": version, "cases": [{"name", "ours": [s...], "hand": [s...], "calls"}]}:
// seconds per call in each round. Both sides of a valid case must give the same JSON (checked
// before timing); a refused case must throw InvalidArgumentError on our side.
import { readFileSync } from "node:fs";

import { FunctionResult, InvalidArgumentError } from "../generated/ts/dist/index.js";

/** The hand-written baseline: a FunctionResult with an unchecked joinConference. */
class HandResult {
  constructor(response) {
    this.response = response;
    this.action = [];
  }

  joinConference(name, opts = {}) {
    const p = { name };
    if (opts.muted !== undefined && opts.muted !== false) p.muted = opts.muted;
    if (opts.beep !== undefined && opts.beep !== "true") p.beep = opts.beep;
    if (opts.startOnEnter !== undefined && opts.startOnEnter !== true) {
      p.start_on_enter = opts.startOnEnter;
    }
    if (opts.endOnExit !== undefined && opts.endOnExit !== false) p.end_on_exit = opts.endOnExit;
    if (opts.waitUrl !== undefined) p.wait_url = opts.waitUrl;
    if (opts.maxParticipants !== undefined) p.max_participants = opts.maxParticipants;
    if (opts.record !== undefined && opts.record !== "do-not-record") p.record = opts.record;
    if (opts.region !== undefined) p.region = opts.region;
    if (opts.trim !== undefined && opts.trim !== "trim-silence") p.trim = opts.trim;
    if (opts.coach !== undefined) p.coach = opts.coach;
    if (opts.statusCallbackEvent !== undefined) {
      p.status_callback_event = joined(opts.statusCallbackEvent);
    }
    if (opts.statusCallbackEventType !== undefined) {
      p.status_callback_event_type = opts.statusCallbackEventType;
    }
    if (opts.statusCallback !== undefined) p.status_callback = opts.statusCallback;
    if (opts.statusCallbackMethod !== undefined && opts.statusCallbackMethod !== "POST") {
      p.status_callback_method = opts.statusCallbackMethod;
    }
    if (opts.recordingStatusCallback !== undefined) {
      p.recording_status_callback = opts.recordingStatusCallback;
    }
    if (
      opts.recordingStatusCallbackMethod !== undefined &&
      opts.recordingStatusCallbackMethod !== "POST"
    ) {
      p.recording_status_callback_method = opts.recordingStatusCallbackMethod;
    }
    if (opts.recordingStatusCallbackEvent !== undefined) {
      const events = joined(opts.recordingStatusCallbackEvent);
      if (events !== "completed") p.recording_status_callback_event = events;
    }
    if (opts.recordingStatusCallbackEventType !== undefined) {
      p.recording_status_callback_event_type = opts.recordingStatusCallbackEventType;
    }
    if (opts.result !== undefined) p.result = opts.result;
    if (opts.stream !== undefined) p.stream = opts.stream;
    const verb = Object.keys(p).length === 1 ? name : p;
    this.action.push({
      SWML: { version: "1.0.0", sections: { main: [{ join_conference: verb }] } },
    });
    return this;
  }

  toDict() {
    return { response: this.response, action: this.action };
  }
}

function joined(value) {
  return Array.isArray(value) ? value.join(" ") : value;
}

function oursCall(c) {
  if (c.refused) {
    return () => {
      try {
        new FunctionResult("ok").joinConference("room", c.options);
      } catch (error) {
        if (error instanceof InvalidArgumentError) return error;
        throw error;
      }
      throw new Error(`${c.name}: our joinConference accepted ${JSON.stringify(c.options)}`);
    };
  }
  return () => new FunctionResult("ok").joinConference("room", c.options).toDict();
}

function handCall(c) {
  return () => new HandResult("ok").joinConference("room", c.options).toDict();
}

let sink = 0;

/** Seconds per call of `fn` over `calls` calls. */
function timed(fn, calls) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) {
    sink ^= fn() === null ? 1 : 0;
  }
  return Number(process.hrtime.bigint() - start) / 1e9 / calls;
}

/** Calls that fill about `budget` seconds, counted after a warm-up of about that long (so
 * that the JIT has optimised the function before it is calibrated). */
function callsFor(fn, budget) {
  let warm = 1000;
  while (timed(fn, warm) * warm < budget && warm < 1e8) warm *= 2;
  let calls = 1000;
  for (;;) {
    const perCall = timed(fn, calls);
    if (perCall * calls >= budget / 4 || calls >= 1e8) {
      return Math.max(100, Math.round(budget / perCall));
    }
    calls *= 4;
  }
}

const config = JSON.parse(readFileSync(0, "utf8"));
const budget = config.budgetMs / 1e3;
const out = [];
for (const c of config.cases) {
  const ours = oursCall(c);
  const hand = handCall(c);
  if (!c.refused) {
    const a = JSON.stringify(ours());
    const b = JSON.stringify(hand());
    if (a !== b) throw new Error(`${c.name}: ours ${a} != hand-written ${b}`);
  } else {
    ours();
  }
  const oursCalls = callsFor(ours, budget);
  const handCalls = callsFor(hand, budget);
  const result = { name: c.name, ours: [], hand: [], calls: [oursCalls, handCalls] };
  for (let round = 0; round < config.rounds; round++) {
    // Alternate which side goes first.
    if (round % 2) {
      result.hand.push(timed(hand, handCalls));
      result.ours.push(timed(ours, oursCalls));
    } else {
      result.ours.push(timed(ours, oursCalls));
      result.hand.push(timed(hand, handCalls));
    }
  }
  out.push(result);
}
process.stdout.write(JSON.stringify({ node: process.version, sink, cases: out }));
