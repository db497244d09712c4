"""Calls against each golden package: what each construct's generated code accepts (and emits)
and what it refuses, with the exact message. Read by ``test_generator_goldens.py``.

The messages are pinned as the generator writes them today, wording flaws included (the
report on the goldens lists those); a case marked ``bug=`` states what the generated code should
do and runs as a strict xfail until the generator does it. Where the refusal is right but its
message leaves out what was wrong, the refusal is pinned without its message and a ``bug=`` case
beside it asks for the missing part.
"""

from __future__ import annotations

from tests.generator.harness import Case, accepts, refuses

CASES: dict[str, list[Case]] = {
    "string_constraints": [
        accepts("say('hello')", [{"say": {"text": "hello"}}]),
        accepts(
            "say('hi', variable='${call.from}', code='123')",
            [{"say": {"text": "hi", "variable": "${call.from}", "code": "123"}}],
        ),
        refuses(
            "say('')",
            "say(): text must be a string of 1 to 20 characters; got ''",
        ),
        refuses(
            "say('x' * 21)",
            "say(): text must be a string of 1 to 20 characters; got 'xxxxxxxxxxxxxxxxxxxxx'",
        ),
        # ECMA's \d is ASCII only: Arabic-Indic digits are not digits there.
        refuses(
            "say('x', code='\u0661\u0662\u0663')",
            "say(): code must be a string matching ^\\d{3}$; got '\u0661\u0662\u0663'",
        ),
        # A pattern said in words (x-pattern-words) is refused in those words.
        accepts("say('x', zip='12345')", [{"say": {"text": "x", "zip": "12345"}}]),
        refuses("say('x', zip='1234')", "say(): zip must be a five-digit ZIP code; got '1234'"),
        # ECMA's $ is the end of the input, never before a final newline.
        refuses(
            "say('x', variable='${a}\\n')",
            "say(): variable must be a string matching ^[\\$%]\\{.*\\}$; got '${a}\\n'",
        ),
    ],
    "integer_bounds": [
        accepts("wait(1)", [{"wait": {"count": 1}}]),
        accepts(
            "wait(10, delay=1, retries=4)", [{"wait": {"count": 10, "delay": 1, "retries": 4}}]
        ),
        refuses(
            "wait(0)",
            "wait(): count must be an integer from 1 to 10; got 0",
        ),
        refuses(
            "wait(True)",
            "wait(): count must be an integer from 1 to 10; got True",
        ),
        refuses(
            "wait(5.0)",
            "wait(): count must be an integer from 1 to 10; got 5.0",
        ),
        refuses(
            "wait(5, delay=0)",
            "wait(): delay must be an integer above 0; got 0",
        ),
        refuses(
            "wait(5, retries=5)",
            "wait(): retries must be an integer of at least 0 and below 5; got 5",
        ),
        accepts("wait(1, pitch=-12)", [{"wait": {"count": 1, "pitch": -12}}]),
        accepts("wait(1, pitch='abc')", [{"wait": {"count": 1, "pitch": "abc"}}]),
        refuses(
            "wait(1, pitch=13)",
            "wait(): pitch must be an integer from -12 to 12 or a string of at most 3 characters; "
            "got 13",
        ),
        refuses(
            "wait(1, pitch='abcd')",
            "wait(): pitch must be an integer from -12 to 12 or a string of at most 3 characters; "
            "got 'abcd'",
        ),
    ],
    "number": [
        accepts("volume(-40)", [{"volume": {"level": -40}}]),
        accepts("volume(2.5, gain=0.1)", [{"volume": {"level": 2.5, "gain": 0.1}}]),
        refuses(
            "volume(40.5)",
            "volume(): level must be a number from -40 to 40; got 40.5",
        ),
        refuses(
            "volume(float('nan'))",
            "volume(): level must be a number from -40 to 40; got nan",
        ),
        refuses(
            "volume(True)",
            "volume(): level must be a number from -40 to 40; got True",
        ),
        refuses(
            "volume(1, gain=0)",
            "volume(): gain must be a number above 0; got 0",
        ),
    ],
    "boolean": [
        accepts("mute(True)", [{"mute": {"enabled": True}}]),
        accepts("mute(False)", [{"mute": {"enabled": False}}]),
        refuses(
            "mute(1)",
            "mute(): enabled must be True or False; got 1",
        ),
        refuses(
            "mute('true')",
            "mute(): enabled must be True or False; got 'true'",
        ),
    ],
    "null_type_list": [
        accepts("tag(None)", [{"tag": {"label": None}}]),
        accepts("tag('x', weight=None)", [{"tag": {"label": "x", "weight": None}}]),
        accepts("tag('x', weight=2)", [{"tag": {"label": "x", "weight": 2}}]),
        refuses(
            "tag(5)",
            "tag(): label must be a string or None; got 5",
        ),
        refuses(
            "tag('x', weight='2')",
            "tag(): weight must be an integer or None; got '2'",
        ),
    ],
    "const": [
        accepts("ping('echo')", [{"ping": {"kind": "echo"}}]),
        accepts("ping('echo', ttl=3)", [{"ping": {"kind": "echo", "ttl": 3}}]),
        refuses(
            "ping('ECHO')",
            "ping(): kind must be 'echo'; got 'ECHO'",
        ),
        refuses(
            "ping('echo', ttl=4)",
            "ping(): ttl must be 3; got 4",
        ),
    ],
    "value_set": [
        accepts("beep('low')", [{"beep": {"tone": "low"}}]),
        accepts(
            "beep(Tone.HIGH, style='double-tap', repeat=2)",
            [{"beep": {"tone": "high", "style": "double-tap", "repeat": 2}}],
        ),
        refuses(
            "beep('mid')",
            "beep(): tone must be one of 'low', 'high' (or a Tone member); got 'mid'",
        ),
        refuses(
            "beep('low', repeat=4)",
            "beep(): repeat must be 1 or 2 or 3; got 4",
        ),
        refuses(
            "beep('low', repeat='1')",
            "beep(): repeat must be 1 or 2 or 3; got '1'",
        ),
    ],
    "value_set_var": [
        accepts("record(format='mp3')", [{"record": {"format": "mp3"}}]),
        accepts(
            "record(format='${fmt}', direction=Direction.SPEAK)",
            [{"record": {"format": "${fmt}", "direction": "speak"}}],
        ),
        accepts("record()", [{"record": {}}]),
        refuses(
            "record(format='ogg')",
            "record(): format must be one of 'mp3', 'wav' (or a Format member) or "
            "a SWML variable such as '${name}'; got 'ogg'",
        ),
        refuses(
            "record(format='${fmt')",
            "record(): format must be one of 'mp3', 'wav' (or a Format member) or "
            "a SWML variable such as '${name}'; got '${fmt'",
        ),
    ],
    # Each value set also takes null, written three ways; each keeps its exported enum.
    "nullable_value_set": [
        accepts(
            "record(format=Format.MP_3, direction=Direction.LISTEN, channel=Channel.LEFT)",
            [{"record": {"format": "mp3", "direction": "listen", "channel": "left"}}],
        ),
        accepts(
            "record(format=None, direction=None, channel=None)",
            [{"record": {"format": None, "direction": None, "channel": None}}],
        ),
        accepts("record(channel='${ch}')", [{"record": {"channel": "${ch}"}}]),
        Case(
            "sorted(name for name in ('Format', 'Direction', 'Channel') if name in __all__)",
            ["Channel", "Direction", "Format"],
            target=None,
            imports="from swml_verbs import __all__",
        ),
        refuses(
            "record(format='ogg')",
            "record(): format must be one of 'mp3', 'wav' (or a Format member) or None; got 'ogg'",
        ),
        refuses(
            "record(channel='centre')",
            "record(): channel must be None or one of 'left', 'right' (or a "
            "Channel member) or a SWML variable such as '${name}'; got 'centre'",
        ),
    ],
    "joined_list": [
        accepts("notify(['start', Events.END])", [{"notify": {"events": "start end"}}]),
        accepts(
            "notify('start in-progress', channels=('sms', Channel.EMAIL))",
            [{"notify": {"events": "start in-progress", "channels": "sms,email"}}],
        ),
        accepts(
            "notify('end', channels='%{ch}')", [{"notify": {"events": "end", "channels": "%{ch}"}}]
        ),
        refuses(
            "notify('start  end')",
            "notify(): events must be one or more of 'start', 'end', "
            "'in-progress', as Events members or a string joined by ' '; got 'start  end'",
        ),
        refuses(
            "notify([])",
            "notify(): events must be one or more of 'start', 'end', "
            "'in-progress', as Events members or a string joined by ' '; got []",
        ),
        refuses(
            "notify('begin')",
            "notify(): events must be one or more of 'start', 'end', "
            "'in-progress', as Events members or a string joined by ' '; got 'begin'",
        ),
        refuses(
            "notify('start', channels='sms email')",
            "notify(): channels must be one or more of 'sms', 'email', as Channel "
            "members or a string joined by ',' or a SWML variable such as "
            "'${name}'; got 'sms email'",
        ),
    ],
    "url_schemes": [
        accepts("fetch('https://example.com/a')", [{"fetch": {"url": "https://example.com/a"}}]),
        accepts(
            "fetch('http://x.example', socket='wss://s.example/s', callback='${cb}', "
            "link='rel/path')",
            [
                {
                    "fetch": {
                        "url": "http://x.example",
                        "socket": "wss://s.example/s",
                        "callback": "${cb}",
                        "link": "rel/path",
                    }
                }
            ],
        ),
        refuses(
            "fetch('ftp://example.com')",
            "fetch(): url must be an absolute URL starting with http:// or "
            "https://; got 'ftp://example.com'",
        ),
        refuses(
            "fetch('https://')",
            "fetch(): url must be an absolute URL starting with http:// or "
            "https://; got 'https://'",
        ),
        refuses(
            "fetch('https://exa mple.com')",
            "fetch(): url must be an absolute URL starting with http:// or "
            "https://; got 'https://exa mple.com'",
        ),
        refuses(
            "fetch('https://example.com', socket='ws://example.com')",
            "fetch(): socket must be an absolute URL starting with wss://; got 'ws://example.com'",
        ),
    ],
    "non_blank": [
        accepts("join('room')", [{"join": {"name": "room"}}]),
        accepts("join('r', room='${room}')", [{"join": {"name": "r", "room": "${room}"}}]),
        refuses(
            "join(' \\t')",
            "join(): name must be a non-blank string; got ' \\t'",
        ),
        refuses(
            "join('r', room='')",
            "join(): room must be a non-blank string or a SWML variable such as '${name}'; got ''",
        ),
    ],
    "array_scalars": [
        accepts("collect(['1', '2', '3'])", [{"collect": {"digits": ["1", "2", "3"]}}]),
        accepts("collect(('#',), codes=[0, 7])", [{"collect": {"digits": ["#"], "codes": [0, 7]}}]),
        refuses(
            "collect([])",
            "collect(): digits must be a list of items that are each a string of "
            "at most 1 character (1 to 3 items); got []",
        ),
        refuses(
            "collect(['1', '2', '3', '4'])",
            "collect(): digits must be a list of items that are each a string of "
            "at most 1 character (1 to 3 items); got ['1', '2', '3', '4']",
        ),
        refuses(
            "collect(['12'])",
            "collect(): digits[0] must be a string of at most 1 character; got '12'",
        ),
        refuses(
            "collect('123')",
            "collect(): digits must be a list of items that are each a string of "
            "at most 1 character (1 to 3 items); got '123'",
        ),
        refuses(
            "collect(['1'], codes=[-1])",
            "collect(): codes[0] must be an integer of at least 0; got -1",
        ),
    ],
    "array_objects": [
        accepts(
            "dial([{'to': '+15550100'}, {'to': '+15550101', 'timeout': 30}])",
            [{"dial": {"devices": [{"to": "+15550100"}, {"to": "+15550101", "timeout": 30}]}}],
        ),
        refuses(
            "dial([])",
            "dial(): devices must be a list of DevicesItem objects (at least 1 item); got []",
        ),
        refuses(
            "dial([{'to': 'a'}, {'timeout': 3}])",
            "dial(): devices[1].to is missing; it must be a string",
        ),
        refuses(
            "dial([{'to': 'a', 'from': 'b'}])",
            "dial(): devices[0].from: no such key here (allowed: timeout, to)",
        ),
    ],
    "open_map": [
        accepts("set({'a': 1, 'b': {'c': [1, None]}})", [{"set": {"a": 1, "b": {"c": [1, None]}}}]),
        accepts("meta('m1')", [{"meta": {"id": "m1"}}]),
        # Other keys of an open object are **extra keyword arguments, each any JSON value.
        accepts(
            "meta('m1', color='red', n=[1, {'k': None}])",
            [{"meta": {"id": "m1", "color": "red", "n": [1, {"k": None}]}}],
        ),
        refuses(
            "meta('m1', color=float('nan'))",
            "meta(): color must be any JSON value; got nan",
        ),
        refuses(
            "meta('m1', color={'x': [float('inf')]})",
            "meta(): color.x[0] must be a JSON value (object, list, string, "
            "number, boolean or null); got inf",
        ),
        refuses(
            "set({'a': float('inf')})",
            "set(): value.a must be a JSON value (object, list, string, number, "
            "boolean or null); got inf",
        ),
        # Refused; what the message should say is the case after it.
        refuses("set({1: 2})", None),
        refuses(
            "set({'a': 1, 2: 'b'})",
            "set(): value must be an object with string keys; got {'a': 1, 2: 'b'}",
        ),
        refuses(
            "set([1])",
            "set(): value must be a JSON object; got [1]",
        ),
        refuses(
            "meta(5)",
            "meta(): id must be a string; got 5",
        ),
    ],
    "typed_map": [
        accepts("headers({'X-A': '1'})", [{"headers": {"X-A": "1"}}]),
        accepts("tags(name='t')", [{"tags": {"name": "t"}}]),
        # Other keys of an open object are **extra keyword arguments, each of the typed value.
        accepts("tags(name='t', count=3)", [{"tags": {"name": "t", "count": 3}}]),
        refuses(
            "tags(count='3')",
            "tags(): count must be an integer; got '3'",
        ),
        refuses(
            "tags(name='t', count=True)",
            "tags(): count must be an integer; got True",
        ),
        refuses(
            "headers({'X-A': 1})",
            "headers(): value.X-A must be a string; got 1",
        ),
        # Refused, but the message points at the values ("whose values are each a string"),
        # which are fine: the next case.
        refuses("headers({1: 'x'})", None),
        refuses(
            "headers({'X-A': '1', 2: '3'})",
            "headers(): value must be an object with string keys; got {'X-A': '1', 2: '3'}",
        ),
    ],
    "many_optional_fields": [
        accepts("dial([{'to': 'x'}])", [{"dial": {"devices": [{"to": "x"}]}}]),
        # Keys given out of order, one from each group: each is read, the output in spec order.
        accepts(
            "dial([{'b7': True, 'to': 'x', 'b1': 0, 'a1': 'y'}])",
            [{"dial": {"devices": [{"a1": "y", "to": "x", "b1": 0, "b7": True}]}}],
        ),
        # Only optional keys: the required one is still refused as missing.
        refuses(
            "dial([{'a2': 'y', 'b3': 1}])",
            "dial(): devices[0].to is missing; it must be a string",
        ),
        refuses(
            "dial([{'to': 'x', 'b6': -1}])",
            "dial(): devices[0].b6 must be an integer of at least 0; got -1",
        ),
        refuses("dial([{'to': 'x', 'c1': 1}])", None, contains="c1"),
    ],
    "closed_object": [
        accepts("connect('sip:a@example.com')", [{"connect": {"to": "sip:a@example.com"}}]),
        accepts(
            "connect('x', timeout=5, ring=False)",
            [{"connect": {"to": "x", "timeout": 5, "ring": False}}],
        ),
        refuses(
            "connect('x', timeout=0)",
            "connect(): timeout must be an integer of at least 1; got 0",
        ),
        refuses(
            "connect(5)",
            "connect(): to must be a string; got 5",
        ),
        Case(
            "doc.connect('x', tone='low')",
            raises="TypeError",
            message="SWML.connect() got an unexpected keyword argument 'tone'",
        ),
    ],
    "empty_object_verb": [
        accepts("denoise().stop_denoise()", [{"denoise": {}}, {"stop_denoise": {}}]),
        Case(
            "doc.denoise(level=1)",
            raises="TypeError",
            message="SWML.denoise() got an unexpected keyword argument 'level'",
        ),
        Case(
            "_checks.VERBS['denoise']({'level': 1}, 'denoise')",
            raises="Invalid",
            message="('denoise.level', 1, 'no such key here (allowed: no keys)')",
            target=None,
        ),
    ],
    # The docstring's lists of keys are the point of this construct (its golden); the calls
    # check that the objects they describe are taken as described.
    "object_keys_doc": [
        accepts(
            "dial({'to': 'a', 'k22': 'x'}, devices=[{'to': 'b'}], headers={'X-Id': {'value': '1'}},"
            " prompt={'steps': ['hi'], 'temperature': 1}, params={'speed': 1, 'other': [1]},"
            " reset={})",
            [
                {
                    "dial": {
                        "device": {"to": "a", "k22": "x"},
                        "devices": [{"to": "b"}],
                        "headers": {"X-Id": {"value": "1"}},
                        "prompt": {"steps": ["hi"], "temperature": 1},
                        "params": {"speed": 1, "other": [1]},
                        "reset": {},
                    }
                }
            ],
        ),
        refuses(
            "dial({'to': 'a'}, stream={'url': 'wss://a', 'auth': {}})",
            "dial(): stream.auth.token is missing; it must be a string",
        ),
    ],
    "object_union": [
        accepts("play(url='a.mp3')", [{"play": {"url": "a.mp3"}}]),
        accepts(
            "play(urls=['a.mp3', 'b.mp3'], volume=3)",
            [{"play": {"urls": ["a.mp3", "b.mp3"], "volume": 3}}],
        ),
        refuses(
            "play(url='a.mp3', urls=['b.mp3'])",
            "play(): arguments must be a PlayWithURL object or a PlayWithURLS "
            "object; got {'url': 'a.mp3', 'urls': ['b.mp3']}; the nearest variant, "
            "PlayWithURL, does not take urls; every variant takes volume; "
            "PlayWithURL also takes url and requires url; PlayWithURLS also takes "
            "urls and requires urls",
        ),
        refuses(
            "play(volume=1)",
            "play(): arguments must be a PlayWithURL object or a PlayWithURLS "
            "object; got {'volume': 1}; the nearest variant, PlayWithURL, requires "
            "url; every variant takes volume; PlayWithURL also takes url and "
            "requires url; PlayWithURLS also takes urls and requires urls",
        ),
        refuses(
            "play(url='a.mp3', volume=41)",
            "play(): volume must be a number from -40 to 40; got 41",
        ),
        # A fault inside one keyword: what the keyword may be depends on the variant, so only
        # the inner fault is said.
        refuses(
            "play(urls=['a.mp3', 1])",
            "play(): urls[1] must be a string; got 1",
        ),
    ],
    # A constant key (type) names the variant: a value goes to that variant alone, so a
    # refusal names the fault inside it rather than the first variant its keys fit.
    "tagged_union": [
        accepts(
            "prompt([{'type': 'Say', 'phrase': 'hi'}, {'type': 'Play', 'phrase': 'https://a'},"
            " {'file': 'f.wav'}])",
            [
                {
                    "prompt": {
                        "actions": [
                            {"type": "Say", "phrase": "hi"},
                            {"type": "Play", "phrase": "https://a"},
                            {"file": "f.wav"},
                        ]
                    }
                }
            ],
        ),
        refuses(
            "prompt([{'type': 'Play', 'phrase': 'hi'}])",
            "prompt(): actions[0].phrase must be a string matching ^https?://; got 'hi'",
        ),
        refuses(
            "prompt([{'type': 'Play'}])",
            "prompt(): actions[0].phrase is missing; it must be a string matching ^https?://",
        ),
        refuses(
            "prompt([{'type': 'Say', 'phrase': 'hi', 'file': 'f.wav'}])",
            "prompt(): actions[0].file: no such key here (allowed: phrase, type)",
        ),
        # A constant no variant has: the key is refused (no variant takes it otherwise).
        refuses(
            "prompt([{'type': 'Sing', 'phrase': 'hi'}])",
            "prompt(): actions[0].type must be 'Say' or 'Play'; got 'Sing'",
        ),
    ],
    "scalar_or_object": [
        accepts("sleep(5000)", [{"sleep": 5000}]),
        accepts("sleep(duration=-1)", [{"sleep": {"duration": -1}}]),
        refuses(
            "sleep(-2)",
            "sleep(): value must be a Sleep object or an integer of at least -1; got -2",
        ),
        refuses(
            "sleep(5, duration=5)",
            "sleep(): value must be either the short form or keywords, not both; got 5",
        ),
        refuses(
            "sleep(duration=-2)",
            "sleep(): duration must be an integer of at least -1; got -2",
        ),
    ],
    "string_verb": [
        accepts("label('start')", [{"label": "start"}]),
        refuses(
            "label(5)",
            "label(): value must be a string; got 5",
        ),
    ],
    "any_verb": [
        accepts("return_({'status': 'ok'})", [{"return": {"status": "ok"}}]),
        accepts("return_()", [{"return": None}]),
        accepts("return_((1, 'a'))", [{"return": [1, "a"]}]),
        refuses(
            "return_(float('nan'))",
            "return(): value must be a JSON value (object, list, string, number, "
            "boolean or null); got nan",
        ),
        refuses(
            "return_({'a': [1, float('inf')]})",
            "return(): value.a[1] must be a JSON value (object, list, string, "
            "number, boolean or null); got inf",
        ),
        # Refused; what the message should say is the case after it.
        refuses("return_({1: 'x'})", None),
        refuses(
            "return_({'a': {1: 2}})",
            "return(): value.a must be a JSON object, whose keys are strings; got {1: 2}",
        ),
    ],
    "nested_verbs": [
        accepts(
            "cond([{'when': 'a > 1', 'then': [{'hangup': {}}]}, {'else': []}])",
            [{"cond": [{"when": "a > 1", "then": [{"hangup": {}}]}, {"else": []}]}],
        ),
        accepts(
            "cond([{'when': 'x', 'then': [{'cond': [{'else': [{'hangup': {}}]}]}]}])",
            [{"cond": [{"when": "x", "then": [{"cond": [{"else": [{"hangup": {}}]}]}]}]}],
        ),
        refuses(
            "cond([{'when': 'x', 'then': [{'play': {}}]}])",
            "cond(): value[0].then[0].play must be a verb; got {}; 'play' is not "
            "one here (allowed: cond, hangup)",
        ),
        refuses(
            "cond([{'when': 'x'}])",
            "cond(): value[0].then is missing; it must be a list of SWML methods",
        ),
        refuses(
            "cond([{'when': 'x', 'then': [], 'else': []}])",
            "cond(): value[0] must be a CondReg object or a CondElse object; got "
            "{'when': 'x', 'then': [], 'else': []}; the nearest variant, CondReg, "
            "does not take else; CondReg takes then, when and requires then, when; "
            "CondElse takes else and requires else",
        ),
    ],
    "verb_subset": [
        accepts(
            "connect('a', confirm=[{'answer': {}}, {'hangup': {}}])",
            [{"connect": {"to": "a", "confirm": [{"answer": {}}, {"hangup": {}}]}}],
        ),
        refuses(
            "connect('a', confirm=[{'connect': {'to': 'b'}}])",
            "connect(): confirm[0].connect must be a verb; got {'to': 'b'}; "
            "'connect' is not one here (allowed: answer, hangup)",
        ),
        refuses(
            "connect('a', confirm=[{'hangup': {}, 'answer': {}}])",
            "connect(): confirm[0] must be a SWML method, one of answer, hangup, "
            "with exactly one key: the verb; got {'hangup': {}, 'answer': {}}",
        ),
    ],
    "recursive_model": [
        accepts(
            "prompt([{'body': 'b', 'subsections': [{'bullets': ['x'], 'subsections': [{'body': "
            "'deep'}]}]}])",
            [
                {
                    "prompt": {
                        "pom": [
                            {
                                "body": "b",
                                "subsections": [
                                    {"bullets": ["x"], "subsections": [{"body": "deep"}]}
                                ],
                            }
                        ]
                    }
                }
            ],
        ),
        refuses(
            "prompt([])",
            "prompt(): pom must be a list of items that are each a POM value (at "
            "least 1 item); got []",
        ),
        refuses(
            "prompt([{'body': 'b', 'subsections': [{'bullets': []}]}])",
            "prompt(): pom[0].subsections[0].bullets must be a list of strings (at "
            "least 1 item); got []",
        ),
        Case(
            "PomBullets.model_validate({'bullets': ['a'], 'subsections': [{'body': 'b'}]})",
            {"model": "PomBullets", "dump": {"bullets": ["a"], "subsections": [{"body": "b"}]}},
            target=None,
            imports="from swml_verbs.models import PomBullets",
        ),
    ],
    "min_properties_ref": [
        accepts(
            "request('u', output={'status': 's'})",
            [{"request": {"url": "u", "output": {"status": "s"}}}],
        ),
        refuses(
            "request('u', output={})",
            "request(): output must be an Output object with at least 1 key; got {}",
        ),
        refuses(
            "request('u', output={'code': 1})",
            "request(): output.code: no such key here (allowed: body, status)",
        ),
    ],
    "name_collision": [
        accepts(
            "record(settings={'stereo': True}, codec='PCMU')",
            [{"record": {"settings": {"stereo": True}, "codec": "PCMU"}}],
        ),
        accepts(
            "stream(settings={'url': 'u'}, codec=Codec.OPUS)",
            [{"stream": {"settings": {"url": "u"}, "codec": "OPUS"}}],
        ),
        refuses(
            "record(settings={'url': 'u'})",
            "record(): settings.url: no such key here (allowed: stereo)",
        ),
        refuses(
            "stream(settings={})",
            "stream(): settings.url is missing; it must be a string",
        ),
    ],
    "keyword_properties": [
        accepts(
            "send_sms('a', 'b', return_=True)",
            [{"send_sms": {"from": "a", "return": True, "to": "b"}}],
        ),
        accepts("send_sms(from_='a', to='b')", [{"send_sms": {"from": "a", "to": "b"}}]),
        refuses(
            "send_sms(1, 'b')",
            "send_sms(): from_ must be a string; got 1",
        ),
        Case(
            "SendSms.model_validate({'from': 'a', 'to': 'b'}).from_",
            "a",
            target=None,
            imports="from swml_verbs.models import SendSms",
        ),
    ],
    "deprecated": [
        accepts("tap('u', ptime=20)", [{"tap": {"uri": "u", "ptime": 20}}]),
        accepts("tap('u', rtp_ptime=20)", [{"tap": {"uri": "u", "rtp_ptime": 20}}]),
        refuses(
            "tap('u', ptime=5)",
            "tap(): ptime must be an integer of at least 10; got 5",
        ),
    ],
    "function_result_helpers": [
        Case("doc.say('hi')", {"action": [{"say": "hi"}]}, target="FunctionResult"),
        Case("doc.hangup()", {"action": [{"hangup": True}]}, target="FunctionResult"),
        # The short form's value is sent even at its default: alone, it is the whole action.
        Case("doc.hold()", {"action": [{"hold": 300}]}, target="FunctionResult"),
        Case("doc.hold(60)", {"action": [{"hold": 60}]}, target="FunctionResult"),
        Case("doc.hold(5000)", {"action": [{"hold": 900}]}, target="FunctionResult"),
        Case("doc.hold(-5)", {"action": [{"hold": 0}]}, target="FunctionResult"),
        Case(
            "doc.hold(12.5)",
            raises="InvalidArgumentError",
            message="hold(): timeout must be an integer of at most 900; got 12.5",
            target="FunctionResult",
        ),
        Case(
            "doc.tap('wss://x')",
            {
                "action": [
                    {
                        "SWML": {
                            "version": "1.0.0",
                            "sections": {
                                "main": [
                                    {"set": {"note": "tapped"}},
                                    {"tap": {"uri": "wss://x", "direction": "both"}},
                                ]
                            },
                        },
                        "transfer": False,
                    }
                ]
            },
            target="FunctionResult",
        ),
        Case(
            "doc.tap('wss://x', 'speak', 30, None, True)",
            {
                "action": [
                    {
                        "SWML": {
                            "version": "1.0.0",
                            "sections": {
                                "main": [
                                    {"set": {"note": None}},
                                    {
                                        "tap": {
                                            "uri": "wss://x",
                                            "direction": "speak",
                                            "rtp_ptime": 30,
                                        }
                                    },
                                ]
                            },
                        },
                        "transfer": True,
                    }
                ]
            },
            target="FunctionResult",
        ),
        Case(
            "doc.tap('wss://x', rtp_ptime='20')",
            raises="InvalidArgumentError",
            message="tap(): rtp_ptime must be an integer; got '20'",
            target="FunctionResult",
        ),
        # The first given in precedence gives the value; none given, the declared value.
        Case("doc.wait_for_user()", {"action": [{"wait": True}]}, target="FunctionResult"),
        Case("doc.wait_for_user(False)", {"action": [{"wait": False}]}, target="FunctionResult"),
        Case("doc.wait_for_user(timeout=0)", {"action": [{"wait": 0}]}, target="FunctionResult"),
        Case("doc.wait_for_user(False, 10)", {"action": [{"wait": 10}]}, target="FunctionResult"),
        Case(
            "doc.wait_for_user(False, 10, True)",
            {"action": [{"wait": "answer_first"}]},
            target="FunctionResult",
        ),
        Case(
            "doc.wait_for_user(answer_first='no')",
            raises="InvalidArgumentError",
            message="wait_for_user(): answer_first must be True or False; got 'no'",
            target="FunctionResult",
        ),
        Case(
            "doc.wait_for_user(timeout=-1)",
            raises="InvalidArgumentError",
            message=(
                "wait_for_user(): timeout must be True or False or an integer of at "
                "least 0 or 'answer_first'; got -1"
            ),
            target="FunctionResult",
        ),
        Case(
            "doc.tap(5)",
            raises="InvalidArgumentError",
            message="tap(): uri must be a string; got 5",
            target="FunctionResult",
        ),
    ],
    "function_result_method": [
        Case(
            "doc.join_room('r')",
            {
                "action": [
                    {"SWML": {"version": "1.0.0", "sections": {"main": [{"join_room": "r"}]}}}
                ]
            },
            target="FunctionResult",
        ),
        Case(
            "doc.join_room('r', muted=False, beep=Beep.TRUE)",
            {
                "action": [
                    {"SWML": {"version": "1.0.0", "sections": {"main": [{"join_room": "r"}]}}}
                ]
            },
            target="FunctionResult",
        ),
        Case(
            "doc.join_room('r', muted=True, beep='onEnter', max_members=5)",
            {
                "action": [
                    {
                        "SWML": {
                            "version": "1.0.0",
                            "sections": {
                                "main": [
                                    {
                                        "join_room": {
                                            "name": "r",
                                            "muted": True,
                                            "beep": "onEnter",
                                            "max_members": 5,
                                        }
                                    }
                                ]
                            },
                        }
                    }
                ]
            },
            target="FunctionResult",
        ),
        Case(
            "doc.join_room(' ')",
            raises="InvalidArgumentError",
            message="join_room(): name must be a non-blank string; got ' '",
            target="FunctionResult",
        ),
        Case(
            "doc.join_room('r', max_members=11)",
            raises="InvalidArgumentError",
            message="join_room(): max_members must be an integer from 2 to 10; got 11",
            target="FunctionResult",
        ),
        accepts("join_room('r')", [{"join_room": {"name": "r"}}]),
        refuses(
            "join_room('r', beep='loud')",
            "join_room(): beep must be one of 'true', 'false', 'onEnter' (or a "
            "Beep member); got 'loud'",
        ),
    ],
    "null_const": [
        accepts("tag(mode='a')", [{"tag": {"mode": "a"}}]),
        accepts("tag()", [{"tag": {}}]),
        refuses("tag(clear=0)", "tag(): clear must be None; got 0"),
        refuses("tag(clear='null')", "tag(): clear must be None; got 'null'"),
        refuses("tag(mode='A')", "tag(): mode must be 'a' or None; got 'A'"),
        Case(
            "_checks.VERBS['tag']({'clear': None, 'mode': None}, 'tag')",
            {"clear": None, "mode": None},
            target=None,
        ),
        Case(
            "Tag.model_validate({'clear': None}).model_dump(exclude_unset=True)",
            {"clear": None},
            target=None,
            imports="from swml_verbs.models import Tag",
        ),
        Case("doc.tag(clear=None)", [{"tag": {"clear": None}}]),
        Case("doc.tag(mode=None)", [{"tag": {"mode": None}}]),
    ],
    "type_list_with_bounds": [
        accepts("tag(label='abcde')", [{"tag": {"label": "abcde"}}]),
        accepts("tag(label=None)", [{"tag": {"label": None}}]),
        accepts("tag()", [{"tag": {}}]),
        refuses(
            "tag(label='abcdef')",
            "tag(): label must be a string of at most 5 characters or None; got 'abcdef'",
        ),
        refuses(
            "tag(label=5)",
            "tag(): label must be a string of at most 5 characters or None; got 5",
        ),
    ],
    "short_form_value_property": [
        # The short form is the positional-only value_, the property the keyword value.
        accepts("wait(5)", [{"wait": 5}]),
        accepts("wait(value=5)", [{"wait": {"value": 5}}]),
        refuses(
            "wait('5')",
            "wait(): value_ must be a Wait object or an integer; got '5'",
        ),
        refuses(
            "wait(value='5')",
            "wait(): value must be an integer; got '5'",
        ),
        refuses(
            "wait(5, value=6)",
            "wait(): value_ must be either the short form or keywords, not both; got 5",
        ),
    ],
    "property_leading_digit": [
        accepts("cat(_9_lives=9)", [{"cat": {"9lives": 9}}]),
        accepts("cat()", [{"cat": {}}]),
        refuses("cat(_9_lives='9')", "cat(): _9_lives must be an integer; got '9'"),
        Case(
            "Cat.model_validate({'9lives': 9}).field_9_lives",
            9,
            target=None,
            imports="from swml_verbs.models import Cat",
        ),
    ],
    "recursive_without_model": [
        accepts("tree('a')", [{"tree": "a"}]),
        accepts("tree(['a', ['b', []]])", [{"tree": ["a", ["b", []]]}]),
        refuses(
            "tree(['a', [5]])",
            "tree(): value[1][0] must be a string or a list of items that are each "
            "a Tree value; got 5",
        ),
        # Refused; what the message should say is the case after it.
        refuses("tree({'a': 1})", None),
        refuses(
            "tree(5)",
            "tree(): value must be a string or a list of items that are each a Tree value; got 5",
        ),
        Case("'Mapping' in SWML.tree.__annotations__['value']", False, target=None),
    ],
}
