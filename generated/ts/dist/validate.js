// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1
/**
 * `validate(document)`: every fault of a SWML document, not only the first.
 *
 * The chaining methods and the generated checkers stop at the first fault, which keeps them
 * fast. This pass runs only where a checker has refused: it checks each part of the refused
 * value with the same generated checkers, from the table below (what each checker's value
 * holds), and goes inside the parts refused, so a valid document costs one fast check and an
 * invalid one this walk besides. A port of the Python package's `_validate.py`, printed from the
 * same description of each checker's shape: the same problems, in the same order, in the same
 * words (each package showing values its own way).
 *
 * @packageDocumentation
 */
import { E_Beep, E_CallStatus, E_CallbackEventType, E_Codec, E_ConversationRole, E_Direction, E_Emotion, E_EnableTextNormalization, E_Encryption, E_Format, E_HttpMethod, E_Method, E_PomFormat, E_Reason, E_Record, E_RecordCallDirection, E_RecordDirection, E_Region, E_SWAIGNativeFunction, E_SpeechEngine, E_StatusUrlMethod, E_StringFormat, E_SummaryMode, E_TapDirection, E_TokenType, E_Tone, E_Track, E_TranscribeDirection, E_TranslateDirection, E_TranslationFilterPreset, E_Trim, E_TtsNumberFormat, E_VoiceId, KEYS_AIObject, KEYS_AIParams, KEYS_AIPostPromptPom, KEYS_AIPostPromptText, KEYS_AIPromptPom, KEYS_AIPromptText, KEYS_AISidecarArrayParam, KEYS_AISidecarBooleanParam, KEYS_AISidecarFunctionParameters, KEYS_AISidecarIntegerParam, KEYS_AISidecarNumberParam, KEYS_AISidecarObject, KEYS_AISidecarObjectParam, KEYS_AISidecarParams, KEYS_AISidecarPermissions, KEYS_AISidecarPromptFile, KEYS_AISidecarPromptPom, KEYS_AISidecarPromptText, KEYS_AISidecarSWAIG, KEYS_AISidecarSWAIGDefaults, KEYS_AISidecarSWAIGFunction, KEYS_AISidecarStringParam, KEYS_AISidecarSummarizeAction, KEYS_AISidecarSummarizeActionSummarize, KEYS_AddDynamicHintsAction, KEYS_AllOfProperty, KEYS_AmazonBedrockObject, KEYS_Answer, KEYS_AnyOfProperty, KEYS_ArrayProperty, KEYS_BedrockDataMap, KEYS_BedrockExpression, KEYS_BedrockOutput, KEYS_BedrockParams, KEYS_BedrockSWAIG, KEYS_BedrockSWAIGFunction1, KEYS_BedrockSWAIGFunction2, KEYS_BedrockSWAIGFunction3, KEYS_BedrockSWAIGFunction4, KEYS_BedrockWebhook, KEYS_BooleanProperty, KEYS_ChangeContextAction, KEYS_ChangeStepAction, KEYS_ChangeVoiceAction, KEYS_ClearDynamicHints, KEYS_ClearDynamicHintsAction, KEYS_CondElse, KEYS_CondReg, KEYS_ConnectDestination, KEYS_ConnectDeviceParallel, KEYS_ConnectDeviceSerial, KEYS_ConnectDeviceSerialParallel, KEYS_ConnectDeviceSingle, KEYS_ConnectHeaders, KEYS_ConnectSwitch, KEYS_ConstProperty, KEYS_ContextPOMSteps, KEYS_ContextSwitch, KEYS_ContextSwitchAction, KEYS_ContextTextSteps, KEYS_Contexts, KEYS_ContextsPOMObject, KEYS_ContextsTextObject, KEYS_ConversationMessage, KEYS_DataMap, KEYS_Denoise, KEYS_DetectMachine, KEYS_DynamicHint, KEYS_EndOfSpeechTimeoutAction, KEYS_EnterQueueObject, KEYS_Execute, KEYS_ExecuteRpc, KEYS_ExecuteSwitch, KEYS_Expression, KEYS_ExtensiveDataAction, KEYS_Foreach, KEYS_FunctionFillers, KEYS_FunctionParameters, KEYS_FunctionsOnSpeakerTimeoutAction, KEYS_Goto, KEYS_HangUpHookSWAIGFunction, KEYS_Hangup, KEYS_HangupAction, KEYS_Hint, KEYS_Hold, KEYS_HoldAction, KEYS_Inject, KEYS_InjectAction, KEYS_IntegerProperty, KEYS_JoinConference, KEYS_JoinConferenceStream, KEYS_JoinRoom, KEYS_LanguageParams, KEYS_Languages, KEYS_LiveTranscribe, KEYS_LiveTranslate, KEYS_MCPServer, KEYS_Multilingual, KEYS_MultilingualLanguage, KEYS_NullProperty, KEYS_NumberProperty, KEYS_ObjectProperty, KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps, KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps, KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps, KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps, KEYS_OneOfProperty, KEYS_Output, KEYS_Pay, KEYS_PayParameters, KEYS_PayPromptPlayAction, KEYS_PayPromptSayAction, KEYS_PayPrompts, KEYS_PlayWithURL, KEYS_PlayWithURLS, KEYS_PlaybackBGAction, KEYS_PlaybackBg, KEYS_PomSectionBodyContent, KEYS_PomSectionBulletsContent, KEYS_Prompt, KEYS_Pronounce, KEYS_ReceiveFax, KEYS_RecordArgument, KEYS_RecordCall, KEYS_ReplaceInHistoryAction, KEYS_Request, KEYS_SMSWithBody, KEYS_SMSWithMedia, KEYS_SWAIG, KEYS_SWAIGDefaults, KEYS_SWAIGIncludes, KEYS_SWAIGInternalFiller, KEYS_SWMLAction, KEYS_SWMLObject, KEYS_SayAction, KEYS_Section, KEYS_SendDigits, KEYS_SendFax, KEYS_SetGlobalDataAction, KEYS_SetMetaDataAction, KEYS_Settings, KEYS_SettingsAction, KEYS_SipRefer, KEYS_Sleep, KEYS_SpeechEventTimeoutAction, KEYS_StartAction, KEYS_StartActionStart, KEYS_StartUpHookSWAIGFunction, KEYS_StopAction, KEYS_StopDenoise, KEYS_StopPlaybackBGAction, KEYS_StopRecordCall, KEYS_StopStream, KEYS_StopTap, KEYS_Stream, KEYS_StringProperty, KEYS_SummarizeAction, KEYS_SummarizeActionSummarize, KEYS_SummarizeConversationSWAIGFunction, KEYS_SwaigToolResult, KEYS_Switch, KEYS_SwitchArgument, KEYS_Tap, KEYS_ToggleFunctionsAction, KEYS_ToggleFunctionsItem, KEYS_Transcribe, KEYS_TranscribeStartAction, KEYS_TranscribeStartActionStart, KEYS_TranscribeStop, KEYS_TranscribeSummarizeAction, KEYS_TranscribeSummarizeActionSummarize, KEYS_Transfer, KEYS_TurnFillers, KEYS_UnsetGlobalData, KEYS_UnsetGlobalDataAction, KEYS_UnsetMetaData, KEYS_UnsetMetaDataAction, KEYS_UserEvent, KEYS_UserInputAction, KEYS_UserSWAIGFunction, KEYS_WaitForUserAction, KEYS_Webhook, RE_0, RE_1, RE_2, RE_3, RE_4, RE_5, URL_HTTP_HTTPS, URL_WSS, VARIANTS_AIPostPromptText_or_AIPostPromptPom, VARIANTS_AIPromptText_or_AIPromptPom, VARIANTS_AISidecarObject_prompt, VARIANTS_AISidecarParamProperty, VARIANTS_AmazonBedrockObject_post_prompt, VARIANTS_AmazonBedrockObject_prompt, VARIANTS_BedrockOutput_action, VARIANTS_BedrockSWAIG_functions_item, VARIANTS_CondReg_or_CondElse, VARIANTS_ConnectDeviceParallel_result, VARIANTS_ContextPOMSteps_or_ContextTextSteps, VARIANTS_ContextsPOMObject_or_ContextsTextObject, VARIANTS_Execute_result, VARIANTS_HoldAction_hold, VARIANTS_LiveTranscribe_action, VARIANTS_LiveTranslate_action, VARIANTS_POM, VARIANTS_PayPrompts_actions_item, VARIANTS_PlayWithURL_or_PlayWithURLS, VARIANTS_SMSWithBody_or_SMSWithMedia, VARIANTS_SWAIG_functions_item, VARIANTS_SchemaType, VARIANTS_Sleep_or_int_or_var, VARIANTS_Switch_or_list_of_CondReg_or_CondElse, VARIANTS_list_of_str_or_FunctionFillers, VARIANTS_list_of_str_or_TurnFillers, VARIANTS_str_or_DynamicHint, VARIANTS_str_or_Hint, VARIANTS_str_or_SwaigToolResult, VARIANTS_str_or_UnsetGlobalData, VARIANTS_str_or_UnsetMetaData, VARIANTS_str_or_map_of_any, VARIANTS_verb_connect, VERBS, _AIPostPromptPom_pom, _AIPostPromptText_or_AIPostPromptPom, _AIPromptText_or_AIPromptPom, _AISidecarObject_hints, _AISidecarObject_prompt, _AmazonBedrockObject_post_prompt, _AmazonBedrockObject_prompt, _BedrockOutput_action, _BedrockOutput_action_list, _BedrockOutput_action_list_item, _BedrockSWAIG_functions, _BedrockSWAIG_functions_item, _CondReg_or_CondElse, _ConnectDestination_confirm, _ConnectDestination_confirm_list, _ConnectDestination_confirm_list_item, _ConnectDeviceParallel_result, _ContextPOMSteps_or_ContextTextSteps, _ContextsPOMObject_or_ContextsTextObject, _Execute_result, _HangUpHookSWAIGFunction_data_map, _HoldAction_hold, _Languages_code, _Languages_code_list, _LiveTranscribe_action, _LiveTranslate_action, _PayPrompts_actions, _PayPrompts_actions_item, _PlayWithURLS_urls, _PlayWithURLS_urls_list, _PlayWithURL_or_PlayWithURLS, _Prompt_play, _SMSWithBody_or_SMSWithMedia, _SWAIG_functions, _SWAIG_functions_item, _Sleep_or_int_or_var, _Switch_or_list_of_CondReg_or_CondElse, _bool_or_list_of_str_or_var, _joined_RecordingStatusCallbackEvent, _joined_StatusCallbackEvent, _list_of_AISidecarSWAIGFunction, _list_of_BedrockExpression, _list_of_BedrockWebhook, _list_of_CallStatus, _list_of_CondReg_or_CondElse, _list_of_ConnectDestination, _list_of_ConnectHeaders, _list_of_ContextPOMSteps_or_ContextTextSteps, _list_of_ConversationMessage, _list_of_Expression, _list_of_Languages, _list_of_MCPServer, _list_of_MultilingualLanguage, _list_of_POM, _list_of_PayParameters, _list_of_PayPrompts, _list_of_Pronounce, _list_of_SWAIGIncludes, _list_of_SWAIGNativeFunction, _list_of_SchemaType, _list_of_ToggleFunctionsItem, _list_of_TranscribeDirection, _list_of_TranslateDirection, _list_of_Webhook, _list_of_any, _list_of_int, _list_of_int_or_number, _list_of_int_or_number_or_list_of_var, _list_of_list_of_ConnectDestination, _list_of_method, _list_of_number, _list_of_str, _list_of_str_or_DynamicHint, _list_of_str_or_FunctionFillers, _list_of_str_or_Hint, _list_of_str_or_TurnFillers, _list_of_str_or_list_of_var, _list_of_var, _map_of_AISidecarParamProperty, _map_of_SchemaType, _map_of_any, _map_of_list_of_method, _map_of_str, _str_or_DynamicHint, _str_or_Hint, _str_or_SwaigToolResult, _str_or_UnsetGlobalData, _str_or_UnsetMetaData, _str_or_list_of_str, _str_or_map_of_any, _verb_connect, checkAIObject, checkAIParams, checkAIPostPromptPom, checkAIPostPromptText, checkAIPromptPom, checkAIPromptText, checkAISidecarArrayParam, checkAISidecarBooleanParam, checkAISidecarFunctionParameters, checkAISidecarIntegerParam, checkAISidecarNumberParam, checkAISidecarObject, checkAISidecarObjectParam, checkAISidecarParamProperty, checkAISidecarParams, checkAISidecarPermissions, checkAISidecarPromptFile, checkAISidecarPromptPom, checkAISidecarPromptText, checkAISidecarSWAIG, checkAISidecarSWAIGDefaults, checkAISidecarSWAIGFunction, checkAISidecarStringParam, checkAISidecarSummarizeAction, checkAISidecarSummarizeActionSummarize, checkAddDynamicHintsAction, checkAllOfProperty, checkAmazonBedrockObject, checkAnswer, checkAnyOfProperty, checkArrayProperty, checkBedrockDataMap, checkBedrockExpression, checkBedrockOutput, checkBedrockParams, checkBedrockSWAIG, checkBedrockSWAIGFunction1, checkBedrockSWAIGFunction2, checkBedrockSWAIGFunction3, checkBedrockSWAIGFunction4, checkBedrockWebhook, checkBooleanProperty, checkChangeContextAction, checkChangeStepAction, checkChangeVoiceAction, checkClearDynamicHints, checkClearDynamicHintsAction, checkCondElse, checkCondReg, checkConnectDestination, checkConnectDeviceParallel, checkConnectDeviceSerial, checkConnectDeviceSerialParallel, checkConnectDeviceSingle, checkConnectHeaders, checkConnectSwitch, checkConstProperty, checkContextPOMSteps, checkContextSwitch, checkContextSwitchAction, checkContextTextSteps, checkContexts, checkContextsPOMObject, checkContextsTextObject, checkConversationMessage, checkDataMap, checkDenoise, checkDetectMachine, checkDynamicHint, checkEndOfSpeechTimeoutAction, checkEnterQueueObject, checkExecute, checkExecuteRpc, checkExecuteSwitch, checkExpression, checkExtensiveDataAction, checkForeach, checkFunctionFillers, checkFunctionParameters, checkFunctionsOnSpeakerTimeoutAction, checkGoto, checkHangUpHookSWAIGFunction, checkHangup, checkHangupAction, checkHint, checkHold, checkHoldAction, checkInject, checkInjectAction, checkIntegerProperty, checkJoinConference, checkJoinConferenceStream, checkJoinRoom, checkLanguageParams, checkLanguages, checkLiveTranscribe, checkLiveTranslate, checkMCPServer, checkMethod, checkMultilingual, checkMultilingualLanguage, checkNullProperty, checkNumberProperty, checkObjectProperty, checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps, checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps, checkOmitPropertiesBedrockPromptPomOmittedPromptProps, checkOmitPropertiesBedrockPromptTextOmittedPromptProps, checkOneOfProperty, checkOutput, checkPOM, checkPay, checkPayParameters, checkPayPromptPlayAction, checkPayPromptSayAction, checkPayPrompts, checkPlayWithURL, checkPlayWithURLS, checkPlaybackBGAction, checkPlaybackBg, checkPomSectionBodyContent, checkPomSectionBulletsContent, checkPrompt, checkPronounce, checkReceiveFax, checkRecordArgument, checkRecordCall, checkReplaceInHistoryAction, checkRequest, checkSMSWithBody, checkSMSWithMedia, checkSWAIG, checkSWAIGDefaults, checkSWAIGIncludes, checkSWAIGInternalFiller, checkSWMLAction, checkSWMLObject, checkSayAction, checkSchemaType, checkSection, checkSendDigits, checkSendFax, checkSetGlobalDataAction, checkSetMetaDataAction, checkSettings, checkSettingsAction, checkSipRefer, checkSleep, checkSpeechEventTimeoutAction, checkStartAction, checkStartActionStart, checkStartUpHookSWAIGFunction, checkStopAction, checkStopDenoise, checkStopPlaybackBGAction, checkStopRecordCall, checkStopStream, checkStopTap, checkStream, checkStringProperty, checkSummarizeAction, checkSummarizeActionSummarize, checkSummarizeConversationSWAIGFunction, checkSwaigToolResult, checkSwitch, checkSwitchArgument, checkTap, checkToggleFunctionsAction, checkToggleFunctionsItem, checkTranscribe, checkTranscribeStartAction, checkTranscribeStartActionStart, checkTranscribeStop, checkTranscribeSummarizeAction, checkTranscribeSummarizeActionSummarize, checkTransfer, checkTurnFillers, checkUnsetGlobalData, checkUnsetGlobalDataAction, checkUnsetMetaData, checkUnsetMetaDataAction, checkUserEvent, checkUserInputAction, checkUserSWAIGFunction, checkWaitForUserAction, checkWebhook, } from "./checks.js";
import { Invalid, MISSING, byCodePoint, cpLength, documentProblem, fitting, isBlank, isInteger, isNumber, isPlainObject, isVar, jsonCopy, keyCount, own, tooDeep, unknownKeyText, } from "./runtime.js";
let table;
/** Each composite checker's shape; built on the first refused document. */
function shapes() {
    table ??= new Map([
        [checkMethod, ["method", null]],
        [
            checkAIObject,
            [
                "model",
                KEYS_AIObject,
                [
                    ["global_data", false, [null, _map_of_any], "a JSON object"],
                    [
                        "hints",
                        false,
                        [null, _list_of_str_or_Hint],
                        "a list of items that are each a string or a Hint object",
                    ],
                    ["languages", false, [null, _list_of_Languages], "a list of Languages objects"],
                    ["multilingual", false, [null, checkMultilingual], "a Multilingual object"],
                    ["params", false, [null, checkAIParams], "an AIParams object"],
                    [
                        "post_prompt",
                        false,
                        [null, _AIPostPromptText_or_AIPostPromptPom],
                        "an AIPostPromptText object or an AIPostPromptPom object",
                    ],
                    ["post_prompt_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["pronounce", false, [null, _list_of_Pronounce], "a list of Pronounce objects"],
                    [
                        "prompt",
                        true,
                        [null, _AIPromptText_or_AIPromptPom],
                        "an AIPromptText object or an AIPromptPom object",
                    ],
                    ["SWAIG", false, [null, checkSWAIG], "a SWAIG object"],
                ],
                null,
            ],
        ],
        [
            checkAIParams,
            [
                "model",
                KEYS_AIParams,
                [
                    [
                        "acknowledge_interruptions",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "ai_model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    ["ai_name", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "ai_volume",
                        false,
                        [(x) => (isInteger(x) && -50 <= x && x <= 50) || isVar(x), null],
                        "an integer from -50 to 50 or a SWML variable such as '${name}'",
                    ],
                    ["app_name", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "asr_smart_format",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "attention_timeout",
                        false,
                        [
                            (x) => (isInteger(x) && 10000 <= x && x <= 600000) || x === 0 || isVar(x),
                            null,
                        ],
                        "an integer from 10000 to 600000 or 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "attention_timeout_prompt",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    [
                        "asr_diarize",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "asr_speaker_affinity",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "audible_debug",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "audible_latency",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["background_file", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "background_file_loops",
                        false,
                        [(x) => isInteger(x) || x === null || isVar(x), null],
                        "an integer or null or a SWML variable such as '${name}'",
                    ],
                    [
                        "background_file_volume",
                        false,
                        [(x) => (isInteger(x) && -50 <= x && x <= 50) || isVar(x), null],
                        "an integer from -50 to 50 or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_barge",
                        false,
                        [(x) => typeof x === "string" || typeof x === "boolean", null],
                        "a string or true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_inner_dialog",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_pause",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_turn_detection",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["barge_match_string", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "barge_min_words",
                        false,
                        [(x) => (isInteger(x) && 1 <= x && x <= 99) || isVar(x), null],
                        "an integer from 1 to 99 or a SWML variable such as '${name}'",
                    ],
                    [
                        "barge_functions",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "cache_mode",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["conscience", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "convo",
                        false,
                        [null, _list_of_ConversationMessage],
                        "a list of ConversationMessage objects",
                    ],
                    ["conversation_id", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "conversation_sliding_window",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "debug_webhook_level",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 2) || isVar(x), null],
                        "an integer from 0 to 2 or a SWML variable such as '${name}'",
                    ],
                    ["debug_webhook_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "debug",
                        false,
                        [(x) => typeof x === "boolean" || isInteger(x) || isVar(x), null],
                        "true or false or an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "direction",
                        false,
                        [(x) => (typeof x === "string" && E_Direction.has(x)) || isVar(x), null],
                        "one of 'inbound', 'outbound' or a SWML variable such as '${name}'",
                    ],
                    ["digit_terminators", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "digit_timeout",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 30000) || isVar(x), null],
                        "an integer from 0 to 30000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "end_of_speech_timeout",
                        false,
                        [(x) => (isInteger(x) && 250 <= x && x <= 10000) || isVar(x), null],
                        "an integer from 250 to 10000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_accounting",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_thinking",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "enable_text_normalization",
                        false,
                        [
                            (x) => (typeof x === "string" && E_EnableTextNormalization.has(x)) || isVar(x),
                            null,
                        ],
                        "one of 'heard', 'spoken', 'both', 'true', 'on', 'false', 'off', 'none' or a SWML variable such as '${name}'",
                    ],
                    [
                        "auto_correct",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["redact_prompt", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "enable_vision",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "energy_level",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 100) || isVar(x), null],
                        "a number from 0 to 100 or a SWML variable such as '${name}'",
                    ],
                    [
                        "first_word_timeout",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 10000) || isVar(x), null],
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "function_wait_for_talking",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "functions_on_no_response",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["hard_stop_prompt", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "hard_stop_time",
                        false,
                        [(x) => (typeof x === "string" && RE_0.test(x)) || isVar(x), null],
                        "a duration such as 1h30m, 20m or 45s (hours, minutes, seconds, in that order) or a SWML variable such as '${name}'",
                    ],
                    ["hold_music", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "hold_on_process",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "inactivity_timeout",
                        false,
                        [(x) => (isInteger(x) && 10000 <= x && x <= 3600000) || isVar(x), null],
                        "an integer from 10000 to 3600000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "inner_dialog_model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    ["inner_dialog_prompt", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "inner_dialog_synced",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "initial_sleep_ms",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 300000) || isVar(x), null],
                        "an integer from 0 to 300000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "input_poll_freq",
                        false,
                        [(x) => (isInteger(x) && 1000 <= x && x <= 10000) || isVar(x), null],
                        "an integer from 1000 to 10000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "interrupt_on_noise",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["interrupt_prompt", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "languages_enabled",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["local_tz", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "llm_diarize_aware",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_emotion",
                        false,
                        [(x) => (isInteger(x) && 1 <= x && x <= 30) || isVar(x), null],
                        "an integer from 1 to 30 or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_response_tokens",
                        false,
                        [(x) => (isInteger(x) && 1 <= x && x <= 16384) || isVar(x), null],
                        "an integer from 1 to 16384 or a SWML variable such as '${name}'",
                    ],
                    ["openai_asr_engine", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "outbound_attention_timeout",
                        false,
                        [(x) => (isInteger(x) && 10000 <= x && x <= 600000) || isVar(x), null],
                        "an integer from 10000 to 600000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "persist_global_data",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "pom_format",
                        false,
                        [(x) => typeof x === "string" && E_PomFormat.has(x), null],
                        "one of 'markdown', 'xml'",
                    ],
                    [
                        "save_conversation",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_event_timeout",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 10000) || isVar(x), null],
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_gen_quick_stops",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 10) || isVar(x), null],
                        "an integer from 0 to 10 or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_timeout",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 600000) || isVar(x), null],
                        "an integer from 0 to 600000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "speak_when_spoken_to",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "start_paused",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["static_greeting", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "static_greeting_no_barge",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "summary_mode",
                        false,
                        [(x) => (typeof x === "string" && E_SummaryMode.has(x)) || isVar(x), null],
                        "one of 'string', 'original' or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_allow_settings",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_allow_swml",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_post_conversation",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_set_global_data",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_post_swml_vars",
                        false,
                        [null, _bool_or_list_of_str_or_var],
                        "true or false or a list of strings or a SWML variable such as '${name}'",
                    ],
                    [
                        "thinking_model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    [
                        "utility_model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    [
                        "transparent_barge",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "transparent_barge_max_time",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 60000) || isVar(x), null],
                        "an integer from 0 to 60000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "transfer_summary",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "turn_detection_timeout",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 10000) || isVar(x), null],
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "turn_filler_sources",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    [
                        "turn_filler_every_n",
                        false,
                        [(x) => (isInteger(x) && 1 <= x) || isVar(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "turn_filler_min_ms",
                        false,
                        [(x) => (isInteger(x) && 0 <= x) || isVar(x), null],
                        "an integer of at least 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "tts_number_format",
                        false,
                        [(x) => typeof x === "string" && E_TtsNumberFormat.has(x), null],
                        "one of 'international', 'national'",
                    ],
                    [
                        "verbose_logs",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "video_listening_file",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    ["video_idle_file", false, [(x) => typeof x === "string", null], "a string"],
                    ["video_talking_file", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "vision_model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    ["vad_config", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait_for_user",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["wake_prefix", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "eleven_labs_stability",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "eleven_labs_similarity",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                ],
                [[null, jsonCopy], "any JSON value"],
            ],
        ],
        [
            checkAIPostPromptPom,
            [
                "model",
                KEYS_AIPostPromptPom,
                [
                    [
                        "max_tokens",
                        false,
                        [(x) => isInteger(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1.5) || isVar(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "pom",
                        true,
                        [null, _AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                ],
                null,
            ],
        ],
        [
            checkAIPostPromptText,
            [
                "model",
                KEYS_AIPostPromptText,
                [
                    [
                        "max_tokens",
                        false,
                        [(x) => isInteger(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1.5) || isVar(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    ["text", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkAIPromptPom,
            [
                "model",
                KEYS_AIPromptPom,
                [
                    [
                        "max_tokens",
                        false,
                        [(x) => isInteger(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1.5) || isVar(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "pom",
                        true,
                        [null, _AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                    ["contexts", false, [null, checkContexts], "a Contexts object"],
                ],
                null,
            ],
        ],
        [
            checkAIPromptText,
            [
                "model",
                KEYS_AIPromptText,
                [
                    [
                        "max_tokens",
                        false,
                        [(x) => isInteger(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1.5) || isVar(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    ["text", true, [(x) => typeof x === "string", null], "a string"],
                    ["contexts", false, [null, checkContexts], "a Contexts object"],
                ],
                null,
            ],
        ],
        [
            checkAISidecarArrayParam,
            [
                "model",
                KEYS_AISidecarArrayParam,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["type", true, [(x) => x === "array", null], "'array'"],
                    ["items", true, [null, checkAISidecarParamProperty], "an AISidecarParamProperty value"],
                ],
                null,
            ],
        ],
        [
            checkAISidecarBooleanParam,
            [
                "model",
                KEYS_AISidecarBooleanParam,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["type", true, [(x) => x === "boolean", null], "'boolean'"],
                    ["default", false, [(x) => typeof x === "boolean", null], "true or false"],
                ],
                null,
            ],
        ],
        [
            checkAISidecarFunctionParameters,
            [
                "model",
                KEYS_AISidecarFunctionParameters,
                [
                    ["type", true, [(x) => x === "object", null], "'object'"],
                    [
                        "properties",
                        true,
                        [null, _map_of_AISidecarParamProperty],
                        "a JSON object whose values are each an AISidecarParamProperty value",
                    ],
                    ["required", false, [null, _list_of_str], "a list of strings"],
                ],
                null,
            ],
        ],
        [
            checkAISidecarIntegerParam,
            [
                "model",
                KEYS_AISidecarIntegerParam,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["type", true, [(x) => x === "integer", null], "'integer'"],
                    ["enum", false, [null, _list_of_int], "a list of integers"],
                    ["default", false, [(x) => isInteger(x), null], "an integer"],
                ],
                null,
            ],
        ],
        [
            checkAISidecarNumberParam,
            [
                "model",
                KEYS_AISidecarNumberParam,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["type", true, [(x) => x === "number", null], "'number'"],
                    ["enum", false, [null, _list_of_number], "a list of numbers"],
                    ["default", false, [(x) => isNumber(x), null], "a number"],
                ],
                null,
            ],
        ],
        [
            checkAISidecarObject,
            [
                "model",
                KEYS_AISidecarObject,
                [
                    [
                        "prompt",
                        false,
                        [null, _AISidecarObject_prompt],
                        "a string or an AISidecarPromptText object or an AISidecarPromptPom object or an AISidecarPromptFile object",
                    ],
                    [
                        "lang",
                        true,
                        [(x) => (typeof x === "string" && cpLength(x) >= 1) || isVar(x), null],
                        "a string of at least 1 character or a SWML variable such as '${name}'",
                    ],
                    [
                        "model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    [
                        "direction",
                        false,
                        [null, _list_of_TranscribeDirection],
                        "a list of items that are each one of 'remote-caller', 'local-caller'",
                    ],
                    [
                        "customer_role",
                        false,
                        [(x) => typeof x === "string" && E_TranscribeDirection.has(x), null],
                        "one of 'remote-caller', 'local-caller'",
                    ],
                    ["url", false, [(x) => typeof x === "string", null], "a string"],
                    ["SWAIG", false, [null, checkAISidecarSWAIG], "an AISidecarSWAIG object"],
                    [
                        "permissions",
                        false,
                        [null, checkAISidecarPermissions],
                        "an AISidecarPermissions object",
                    ],
                    ["global_data", false, [null, _map_of_any], "a JSON object"],
                    ["hints", false, [null, _AISidecarObject_hints], "a list of strings (at least 1 item)"],
                    ["params", false, [null, checkAISidecarParams], "an AISidecarParams object"],
                    [
                        "action",
                        false,
                        [null, checkAISidecarSummarizeAction],
                        "an AISidecarSummarizeAction object",
                    ],
                ],
                null,
            ],
        ],
        [
            checkAISidecarObjectParam,
            [
                "model",
                KEYS_AISidecarObjectParam,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["type", true, [(x) => x === "object", null], "'object'"],
                    [
                        "properties",
                        false,
                        [null, _map_of_AISidecarParamProperty],
                        "a JSON object whose values are each an AISidecarParamProperty value",
                    ],
                    ["required", false, [null, _list_of_str], "a list of strings"],
                ],
                null,
            ],
        ],
        [
            checkAISidecarParams,
            [
                "model",
                KEYS_AISidecarParams,
                [
                    [
                        "idle_timeout_ms",
                        false,
                        [(x) => (isInteger(x) && 50 <= x && x <= 5000) || isVar(x), null],
                        "an integer from 50 to 5000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "min_interval_ms",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 60000) || isVar(x), null],
                        "an integer from 0 to 60000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_iters_per_tick",
                        false,
                        [(x) => (isInteger(x) && 1 <= x && x <= 20) || isVar(x), null],
                        "an integer from 1 to 20 or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_history_tokens",
                        false,
                        [(x) => (isInteger(x) && 1000 <= x && x <= 200000) || isVar(x), null],
                        "an integer from 1000 to 200000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "act_on_channel",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "final_summary",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "ai_summary",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["ai_summary_prompt", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "summary_model",
                        false,
                        [(x) => typeof x === "string", null],
                        "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string",
                    ],
                    [
                        "live_events",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "verbose_utterances",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_engine",
                        false,
                        [(x) => typeof x === "string" && E_SpeechEngine.has(x), null],
                        "one of 'deepgram', 'google'",
                    ],
                    [
                        "speech_timeout",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 600000) || isVar(x), null],
                        "an integer from 0 to 600000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "vad_silence_ms",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 60000) || isVar(x), null],
                        "an integer from 0 to 60000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "vad_thresh",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 10000) || isVar(x), null],
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "debug_level",
                        false,
                        [(x) => (isInteger(x) && 0 <= x && x <= 100) || isVar(x), null],
                        "an integer from 0 to 100 or a SWML variable such as '${name}'",
                    ],
                    [
                        "debug",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["transcribe_prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkAISidecarPermissions,
            [
                "model",
                KEYS_AISidecarPermissions,
                [
                    [
                        "swaig_allow_swml",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_allow_settings",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "swaig_set_global_data",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkAISidecarPromptFile,
            [
                "model",
                KEYS_AISidecarPromptFile,
                [["file", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkAISidecarPromptPom,
            [
                "model",
                KEYS_AISidecarPromptPom,
                [
                    [
                        "pom",
                        true,
                        [null, _AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                ],
                null,
            ],
        ],
        [
            checkAISidecarPromptText,
            [
                "model",
                KEYS_AISidecarPromptText,
                [["text", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkAISidecarSWAIG,
            [
                "model",
                KEYS_AISidecarSWAIG,
                [
                    [
                        "defaults",
                        false,
                        [null, checkAISidecarSWAIGDefaults],
                        "an AISidecarSWAIGDefaults object",
                    ],
                    [
                        "functions",
                        false,
                        [null, _list_of_AISidecarSWAIGFunction],
                        "a list of AISidecarSWAIGFunction objects",
                    ],
                    ["mcp_servers", false, [null, _list_of_MCPServer], "a list of MCPServer objects"],
                ],
                null,
            ],
        ],
        [
            checkAISidecarSWAIGDefaults,
            [
                "model",
                KEYS_AISidecarSWAIGDefaults,
                [
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["web_hook_auth_user", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "web_hook_auth_password",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checkAISidecarSWAIGFunction,
            [
                "model",
                KEYS_AISidecarSWAIGFunction,
                [
                    ["function", true, [(x) => typeof x === "string", null], "a string"],
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["purpose", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "parameters",
                        false,
                        [null, checkAISidecarFunctionParameters],
                        "an AISidecarFunctionParameters object",
                    ],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["web_hook_auth_user", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "web_hook_auth_password",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checkAISidecarStringParam,
            [
                "model",
                KEYS_AISidecarStringParam,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["type", true, [(x) => x === "string", null], "'string'"],
                    ["enum", false, [null, _list_of_str], "a list of strings"],
                    ["default", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkAISidecarSummarizeAction,
            [
                "model",
                KEYS_AISidecarSummarizeAction,
                [
                    [
                        "summarize",
                        true,
                        [null, checkAISidecarSummarizeActionSummarize],
                        "an AISidecarSummarizeActionSummarize object",
                    ],
                ],
                null,
            ],
        ],
        [
            checkAISidecarSummarizeActionSummarize,
            [
                "model",
                KEYS_AISidecarSummarizeActionSummarize,
                [
                    ["webhook", false, [(x) => typeof x === "string", null], "a string"],
                    ["prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkAddDynamicHintsAction,
            [
                "model",
                KEYS_AddDynamicHintsAction,
                [
                    [
                        "add_dynamic_hints",
                        true,
                        [null, _list_of_str_or_DynamicHint],
                        "a list of items that are each a string or a DynamicHint object",
                    ],
                ],
                null,
            ],
        ],
        [
            checkAllOfProperty,
            [
                "model",
                KEYS_AllOfProperty,
                [
                    [
                        "allOf",
                        true,
                        [null, _list_of_SchemaType],
                        "a list of items that are each a SchemaType value",
                    ],
                ],
                null,
            ],
        ],
        [
            checkAmazonBedrockObject,
            [
                "model",
                KEYS_AmazonBedrockObject,
                [
                    ["global_data", false, [null, _map_of_any], "a JSON object"],
                    ["params", false, [null, checkBedrockParams], "a BedrockParams object"],
                    [
                        "post_prompt",
                        false,
                        [null, _AmazonBedrockObject_post_prompt],
                        "an OmitPropertiesBedrockPostPomptTextOmittedPromptProps object or an OmitPropertiesBedrockPostPromptPomOmittedPromptProps object",
                    ],
                    ["post_prompt_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "prompt",
                        true,
                        [null, _AmazonBedrockObject_prompt],
                        "an OmitPropertiesBedrockPromptTextOmittedPromptProps object or an OmitPropertiesBedrockPromptPomOmittedPromptProps object",
                    ],
                    ["SWAIG", false, [null, checkBedrockSWAIG], "a BedrockSWAIG object"],
                ],
                null,
            ],
        ],
        [
            checkAnswer,
            [
                "model",
                KEYS_Answer,
                [
                    [
                        "max_duration",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    ["codecs", false, [(x) => typeof x === "string", null], "a string"],
                    ["username", false, [(x) => typeof x === "string", null], "a string"],
                    ["password", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkAnyOfProperty,
            [
                "model",
                KEYS_AnyOfProperty,
                [
                    [
                        "anyOf",
                        true,
                        [null, _list_of_SchemaType],
                        "a list of items that are each a SchemaType value",
                    ],
                ],
                null,
            ],
        ],
        [
            checkArrayProperty,
            [
                "model",
                KEYS_ArrayProperty,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "nullable",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["type", true, [(x) => x === "array", null], "'array'"],
                    ["default", false, [null, _list_of_any], "a list of items that are each any JSON value"],
                    ["items", true, [null, checkSchemaType], "a SchemaType value"],
                ],
                null,
            ],
        ],
        [
            checkBedrockDataMap,
            [
                "model",
                KEYS_BedrockDataMap,
                [
                    ["output", false, [null, checkBedrockOutput], "a BedrockOutput object"],
                    [
                        "expressions",
                        false,
                        [null, _list_of_BedrockExpression],
                        "a list of BedrockExpression objects",
                    ],
                    ["webhooks", false, [null, _list_of_BedrockWebhook], "a list of BedrockWebhook objects"],
                ],
                null,
            ],
        ],
        [
            checkBedrockExpression,
            [
                "model",
                KEYS_BedrockExpression,
                [
                    ["output", true, [null, checkBedrockOutput], "a BedrockOutput object"],
                    ["string", true, [(x) => typeof x === "string", null], "a string"],
                    ["pattern", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkBedrockOutput,
            [
                "model",
                KEYS_BedrockOutput,
                [
                    ["response", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "action",
                        false,
                        [null, _BedrockOutput_action],
                        "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a WaitForUserAction object or an AddDynamicHintsAction object or a ClearDynamicHintsAction object or an EndOfSpeechTimeoutAction object or a SpeechEventTimeoutAction object or a ChangeVoiceAction object or a FunctionsOnSpeakerTimeoutAction object or an ExtensiveDataAction object or a ReplaceInHistoryAction object or a SettingsAction object or a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction or WaitForUserAction or AddDynamicHintsAction or ClearDynamicHintsAction or EndOfSpeechTimeoutAction or SpeechEventTimeoutAction or ChangeVoiceAction or FunctionsOnSpeakerTimeoutAction or ExtensiveDataAction or ReplaceInHistoryAction or SettingsAction objects",
                    ],
                ],
                null,
            ],
        ],
        [
            checkBedrockParams,
            [
                "model",
                KEYS_BedrockParams,
                [
                    [
                        "attention_timeout",
                        false,
                        [
                            (x) => (isInteger(x) && 10000 <= x && x <= 600000) || x === 0 || isVar(x),
                            null,
                        ],
                        "an integer from 10000 to 600000 or 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "hard_stop_time",
                        false,
                        [(x) => (typeof x === "string" && RE_0.test(x)) || isVar(x), null],
                        "a duration such as 1h30m, 20m or 45s (hours, minutes, seconds, in that order) or a SWML variable such as '${name}'",
                    ],
                    [
                        "inactivity_timeout",
                        false,
                        [(x) => (isInteger(x) && 10000 <= x && x <= 3600000) || isVar(x), null],
                        "an integer from 10000 to 3600000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "video_listening_file",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    ["video_idle_file", false, [(x) => typeof x === "string", null], "a string"],
                    ["video_talking_file", false, [(x) => typeof x === "string", null], "a string"],
                    ["hard_stop_prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                [[null, jsonCopy], "any JSON value"],
            ],
        ],
        [
            checkBedrockSWAIG,
            [
                "model",
                KEYS_BedrockSWAIG,
                [
                    [
                        "functions",
                        false,
                        [null, _BedrockSWAIG_functions],
                        "a list of BedrockSWAIGFunction1 or BedrockSWAIGFunction2 or BedrockSWAIGFunction3 or BedrockSWAIGFunction4 objects",
                    ],
                    ["defaults", false, [null, checkSWAIGDefaults], "a SWAIGDefaults object"],
                ],
                null,
            ],
        ],
        [
            checkBedrockSWAIGFunction1,
            [
                "model",
                KEYS_BedrockSWAIGFunction1,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, _map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["function", true, [(x) => typeof x === "string", null], "a string"],
                    ["data_map", false, [null, checkBedrockDataMap], "a BedrockDataMap object"],
                ],
                null,
            ],
        ],
        [
            checkBedrockSWAIGFunction2,
            [
                "model",
                KEYS_BedrockSWAIGFunction2,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, _map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["function", true, [(x) => x === "startup_hook", null], "'startup_hook'"],
                    ["data_map", false, [null, checkBedrockDataMap], "a BedrockDataMap object"],
                ],
                null,
            ],
        ],
        [
            checkBedrockSWAIGFunction3,
            [
                "model",
                KEYS_BedrockSWAIGFunction3,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, _map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["function", true, [(x) => x === "hangup_hook", null], "'hangup_hook'"],
                    ["data_map", false, [null, checkBedrockDataMap], "a BedrockDataMap object"],
                ],
                null,
            ],
        ],
        [
            checkBedrockSWAIGFunction4,
            [
                "model",
                KEYS_BedrockSWAIGFunction4,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, _map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "function",
                        true,
                        [(x) => x === "summarize_conversation", null],
                        "'summarize_conversation'",
                    ],
                    ["data_map", false, [null, checkBedrockDataMap], "a BedrockDataMap object"],
                ],
                null,
            ],
        ],
        [
            checkBedrockWebhook,
            [
                "model",
                KEYS_BedrockWebhook,
                [
                    [
                        "expressions",
                        false,
                        [null, _list_of_BedrockExpression],
                        "a list of BedrockExpression objects",
                    ],
                    ["output", false, [null, checkBedrockOutput], "a BedrockOutput object"],
                    ["error_keys", false, [null, _str_or_list_of_str], "a string or a list of strings"],
                    ["url", true, [(x) => typeof x === "string", null], "a string"],
                    ["foreach", false, [null, checkForeach], "a Foreach object"],
                    ["headers", false, [null, _map_of_any], "a JSON object"],
                    [
                        "method",
                        false,
                        [(x) => typeof x === "string" && E_Method.has(x), null],
                        "one of 'GET', 'POST', 'PUT', 'DELETE'",
                    ],
                    [
                        "input_args_as_params",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["params", false, [null, _map_of_any], "a JSON object"],
                    ["require_args", false, [null, _str_or_list_of_str], "a string or a list of strings"],
                ],
                null,
            ],
        ],
        [
            checkBooleanProperty,
            [
                "model",
                KEYS_BooleanProperty,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "nullable",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["type", true, [(x) => x === "boolean", null], "'boolean'"],
                    [
                        "default",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkChangeContextAction,
            [
                "model",
                KEYS_ChangeContextAction,
                [["change_context", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkChangeStepAction,
            [
                "model",
                KEYS_ChangeStepAction,
                [["change_step", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkChangeVoiceAction,
            [
                "model",
                KEYS_ChangeVoiceAction,
                [
                    [
                        "change_voice",
                        true,
                        [(x) => typeof x === "string" && !isBlank(x) && RE_1.test(x), null],
                        "a non-blank string",
                    ],
                ],
                null,
            ],
        ],
        [checkClearDynamicHints, ["model", KEYS_ClearDynamicHints, [], null]],
        [
            checkClearDynamicHintsAction,
            [
                "model",
                KEYS_ClearDynamicHintsAction,
                [
                    [
                        "clear_dynamic_hints",
                        true,
                        [null, checkClearDynamicHints],
                        "a ClearDynamicHints object",
                    ],
                ],
                null,
            ],
        ],
        [
            checkCondElse,
            [
                "model",
                KEYS_CondElse,
                [["else", true, [null, _list_of_method], "a list of SWML methods"]],
                null,
            ],
        ],
        [
            checkCondReg,
            [
                "model",
                KEYS_CondReg,
                [
                    ["when", true, [(x) => typeof x === "string", null], "a string"],
                    ["then", true, [null, _list_of_method], "a list of SWML methods"],
                    ["else", false, [null, _list_of_method], "a list of SWML methods"],
                ],
                null,
            ],
        ],
        [
            checkConnectDestination,
            [
                "model",
                KEYS_ConnectDestination,
                [
                    ["to", true, [(x) => typeof x === "string", null], "a string"],
                    ["from", false, [(x) => typeof x === "string", null], "a string"],
                    ["from_name", false, [(x) => typeof x === "string", null], "a string"],
                    ["headers", false, [null, _list_of_ConnectHeaders], "a list of ConnectHeaders objects"],
                    ["codecs", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "webrtc_media",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "session_timeout",
                        false,
                        [(x) => (isInteger(x) && 1 <= x) || isVar(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                    ["username", false, [(x) => typeof x === "string", null], "a string"],
                    ["password", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "call_state_events",
                        false,
                        [null, _list_of_CallStatus],
                        "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
                    ],
                    ["call_state_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "confirm",
                        false,
                        [null, _ConnectDestination_confirm],
                        "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
                    ],
                    [
                        "confirm_timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "encryption",
                        false,
                        [(x) => typeof x === "string" && E_Encryption.has(x), null],
                        "one of 'mandatory', 'optional', 'forbidden'",
                    ],
                    ["name", false, [(x) => typeof x === "string", null], "a string"],
                    ["codec", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "realtime",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "status_url_method",
                        false,
                        [(x) => typeof x === "string" && E_StatusUrlMethod.has(x), null],
                        "one of 'GET', 'POST'",
                    ],
                    [
                        "authorization_bearer_token",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    [
                        "custom_parameters",
                        false,
                        [null, _map_of_str],
                        "a JSON object whose values are each a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checkConnectDeviceParallel,
            [
                "model",
                KEYS_ConnectDeviceParallel,
                [
                    ["from", false, [(x) => typeof x === "string", null], "a string"],
                    ["from_name", false, [(x) => typeof x === "string", null], "a string"],
                    ["headers", false, [null, _list_of_ConnectHeaders], "a list of ConnectHeaders objects"],
                    ["codecs", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "webrtc_media",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "session_timeout",
                        false,
                        [(x) => (isInteger(x) && 1 <= x) || isVar(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                    ["ringback", false, [null, _list_of_str], "a list of strings"],
                    [
                        "result",
                        false,
                        [null, _ConnectDeviceParallel_result],
                        "a ConnectSwitch object or a list of CondReg or CondElse objects",
                    ],
                    [
                        "timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_duration",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "answer_on_bridge",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "confirm",
                        false,
                        [null, _ConnectDestination_confirm],
                        "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
                    ],
                    [
                        "confirm_timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "encryption",
                        false,
                        [(x) => typeof x === "string" && E_Encryption.has(x), null],
                        "one of 'mandatory', 'optional', 'forbidden'",
                    ],
                    ["call_state_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "transfer_after_bridge",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    [
                        "call_state_events",
                        false,
                        [null, _list_of_CallStatus],
                        "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "parallel",
                        true,
                        [null, _list_of_ConnectDestination],
                        "a list of ConnectDestination objects",
                    ],
                ],
                null,
            ],
        ],
        [
            checkConnectDeviceSerial,
            [
                "model",
                KEYS_ConnectDeviceSerial,
                [
                    ["from", false, [(x) => typeof x === "string", null], "a string"],
                    ["from_name", false, [(x) => typeof x === "string", null], "a string"],
                    ["headers", false, [null, _list_of_ConnectHeaders], "a list of ConnectHeaders objects"],
                    ["codecs", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "webrtc_media",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "session_timeout",
                        false,
                        [(x) => (isInteger(x) && 1 <= x) || isVar(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                    ["ringback", false, [null, _list_of_str], "a list of strings"],
                    [
                        "result",
                        false,
                        [null, _ConnectDeviceParallel_result],
                        "a ConnectSwitch object or a list of CondReg or CondElse objects",
                    ],
                    [
                        "timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_duration",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "answer_on_bridge",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "confirm",
                        false,
                        [null, _ConnectDestination_confirm],
                        "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
                    ],
                    [
                        "confirm_timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "encryption",
                        false,
                        [(x) => typeof x === "string" && E_Encryption.has(x), null],
                        "one of 'mandatory', 'optional', 'forbidden'",
                    ],
                    ["call_state_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "transfer_after_bridge",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    [
                        "call_state_events",
                        false,
                        [null, _list_of_CallStatus],
                        "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "serial",
                        true,
                        [null, _list_of_ConnectDestination],
                        "a list of ConnectDestination objects",
                    ],
                ],
                null,
            ],
        ],
        [
            checkConnectDeviceSerialParallel,
            [
                "model",
                KEYS_ConnectDeviceSerialParallel,
                [
                    ["from", false, [(x) => typeof x === "string", null], "a string"],
                    ["from_name", false, [(x) => typeof x === "string", null], "a string"],
                    ["headers", false, [null, _list_of_ConnectHeaders], "a list of ConnectHeaders objects"],
                    ["codecs", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "webrtc_media",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "session_timeout",
                        false,
                        [(x) => (isInteger(x) && 1 <= x) || isVar(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                    ["ringback", false, [null, _list_of_str], "a list of strings"],
                    [
                        "result",
                        false,
                        [null, _ConnectDeviceParallel_result],
                        "a ConnectSwitch object or a list of CondReg or CondElse objects",
                    ],
                    [
                        "timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_duration",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "answer_on_bridge",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "confirm",
                        false,
                        [null, _ConnectDestination_confirm],
                        "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
                    ],
                    [
                        "confirm_timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "encryption",
                        false,
                        [(x) => typeof x === "string" && E_Encryption.has(x), null],
                        "one of 'mandatory', 'optional', 'forbidden'",
                    ],
                    ["call_state_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "transfer_after_bridge",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    [
                        "call_state_events",
                        false,
                        [null, _list_of_CallStatus],
                        "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "serial_parallel",
                        true,
                        [null, _list_of_list_of_ConnectDestination],
                        "a list of items that are each a list of ConnectDestination objects",
                    ],
                ],
                null,
            ],
        ],
        [
            checkConnectDeviceSingle,
            [
                "model",
                KEYS_ConnectDeviceSingle,
                [
                    ["from", false, [(x) => typeof x === "string", null], "a string"],
                    ["from_name", false, [(x) => typeof x === "string", null], "a string"],
                    ["headers", false, [null, _list_of_ConnectHeaders], "a list of ConnectHeaders objects"],
                    ["codecs", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "webrtc_media",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "session_timeout",
                        false,
                        [(x) => (isInteger(x) && 1 <= x) || isVar(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                    ["ringback", false, [null, _list_of_str], "a list of strings"],
                    [
                        "result",
                        false,
                        [null, _ConnectDeviceParallel_result],
                        "a ConnectSwitch object or a list of CondReg or CondElse objects",
                    ],
                    [
                        "timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_duration",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "answer_on_bridge",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "confirm",
                        false,
                        [null, _ConnectDestination_confirm],
                        "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
                    ],
                    [
                        "confirm_timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "encryption",
                        false,
                        [(x) => typeof x === "string" && E_Encryption.has(x), null],
                        "one of 'mandatory', 'optional', 'forbidden'",
                    ],
                    ["call_state_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "transfer_after_bridge",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    [
                        "call_state_events",
                        false,
                        [null, _list_of_CallStatus],
                        "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["to", true, [(x) => typeof x === "string", null], "a string"],
                    ["username", false, [(x) => typeof x === "string", null], "a string"],
                    ["password", false, [(x) => typeof x === "string", null], "a string"],
                    ["name", false, [(x) => typeof x === "string", null], "a string"],
                    ["codec", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "realtime",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "status_url_method",
                        false,
                        [(x) => typeof x === "string" && E_StatusUrlMethod.has(x), null],
                        "one of 'GET', 'POST'",
                    ],
                    [
                        "authorization_bearer_token",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    [
                        "custom_parameters",
                        false,
                        [null, _map_of_str],
                        "a JSON object whose values are each a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checkConnectHeaders,
            [
                "model",
                KEYS_ConnectHeaders,
                [
                    ["name", true, [(x) => typeof x === "string", null], "a string"],
                    ["value", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkConnectSwitch,
            [
                "model",
                KEYS_ConnectSwitch,
                [
                    ["variable", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "case",
                        true,
                        [null, _map_of_list_of_method],
                        "a JSON object whose values are each a list of SWML methods",
                    ],
                    ["default", false, [null, _list_of_method], "a list of SWML methods"],
                ],
                null,
            ],
        ],
        [
            checkConstProperty,
            ["model", KEYS_ConstProperty, [["const", true, [null, jsonCopy], "any JSON value"]], null],
        ],
        [
            checkContextPOMSteps,
            [
                "model",
                KEYS_ContextPOMSteps,
                [
                    [
                        "name",
                        true,
                        [(x) => typeof x === "string" && RE_2.test(x), null],
                        "a name other than 'next'",
                    ],
                    ["step_criteria", false, [(x) => typeof x === "string", null], "a string"],
                    ["functions", false, [null, _list_of_str], "a list of strings"],
                    ["valid_contexts", false, [null, _list_of_str], "a list of strings"],
                    [
                        "skip_user_turn",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["end", false, [(x) => typeof x === "boolean", null], "true or false"],
                    ["valid_steps", false, [null, _list_of_str], "a list of strings"],
                    ["pom", true, [null, _list_of_POM], "a list of items that are each a POM value"],
                ],
                null,
            ],
        ],
        [
            checkContextSwitch,
            [
                "model",
                KEYS_ContextSwitch,
                [
                    ["system_prompt", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "consolidate",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["user_prompt", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "full_reset",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkContextSwitchAction,
            [
                "model",
                KEYS_ContextSwitchAction,
                [["context_switch", true, [null, checkContextSwitch], "a ContextSwitch object"]],
                null,
            ],
        ],
        [
            checkContextTextSteps,
            [
                "model",
                KEYS_ContextTextSteps,
                [
                    [
                        "name",
                        true,
                        [(x) => typeof x === "string" && RE_2.test(x), null],
                        "a name other than 'next'",
                    ],
                    ["step_criteria", false, [(x) => typeof x === "string", null], "a string"],
                    ["functions", false, [null, _list_of_str], "a list of strings"],
                    ["valid_contexts", false, [null, _list_of_str], "a list of strings"],
                    [
                        "skip_user_turn",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["end", false, [(x) => typeof x === "boolean", null], "true or false"],
                    ["valid_steps", false, [null, _list_of_str], "a list of strings"],
                    ["text", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkContexts,
            [
                "model",
                KEYS_Contexts,
                [
                    [
                        "default",
                        true,
                        [null, _ContextsPOMObject_or_ContextsTextObject],
                        "a ContextsPOMObject object or a ContextsTextObject object",
                    ],
                ],
                [
                    [null, _ContextsPOMObject_or_ContextsTextObject],
                    "a ContextsPOMObject object or a ContextsTextObject object",
                ],
            ],
        ],
        [
            checkContextsPOMObject,
            [
                "model",
                KEYS_ContextsPOMObject,
                [
                    [
                        "steps",
                        true,
                        [null, _list_of_ContextPOMSteps_or_ContextTextSteps],
                        "a list of ContextPOMSteps or ContextTextSteps objects",
                    ],
                    ["isolated", false, [(x) => typeof x === "boolean", null], "true or false"],
                    ["enter_fillers", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["exit_fillers", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    [
                        "pom",
                        false,
                        [null, _AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                ],
                null,
            ],
        ],
        [
            checkContextsTextObject,
            [
                "model",
                KEYS_ContextsTextObject,
                [
                    [
                        "steps",
                        true,
                        [null, _list_of_ContextPOMSteps_or_ContextTextSteps],
                        "a list of ContextPOMSteps or ContextTextSteps objects",
                    ],
                    ["isolated", false, [(x) => typeof x === "boolean", null], "true or false"],
                    ["enter_fillers", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["exit_fillers", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["text", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkConversationMessage,
            [
                "model",
                KEYS_ConversationMessage,
                [
                    [
                        "role",
                        true,
                        [(x) => typeof x === "string" && E_ConversationRole.has(x), null],
                        "one of 'user', 'assistant', 'system'",
                    ],
                    ["content", true, [(x) => typeof x === "string", null], "a string"],
                    ["lang", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkDataMap,
            [
                "model",
                KEYS_DataMap,
                [
                    ["output", false, [null, checkOutput], "an Output object"],
                    ["expressions", false, [null, _list_of_Expression], "a list of Expression objects"],
                    ["webhooks", false, [null, _list_of_Webhook], "a list of Webhook objects"],
                ],
                null,
            ],
        ],
        [checkDenoise, ["model", KEYS_Denoise, [], null]],
        [
            checkDetectMachine,
            [
                "model",
                KEYS_DetectMachine,
                [
                    [
                        "detect_message_end",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["detectors", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "end_silence_timeout",
                        false,
                        [(x) => (isNumber(x) && 0 <= x) || isVar(x), null],
                        "a number of at least 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "initial_timeout",
                        false,
                        [(x) => (isNumber(x) && 0 <= x) || isVar(x), null],
                        "a number of at least 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "machine_ready_timeout",
                        false,
                        [(x) => (isNumber(x) && 0 <= x) || isVar(x), null],
                        "a number of at least 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "machine_voice_threshold",
                        false,
                        [(x) => (isNumber(x) && 0 <= x) || isVar(x), null],
                        "a number of at least 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "machine_words_threshold",
                        false,
                        [(x) => (isInteger(x) && 0 <= x) || isVar(x), null],
                        "an integer of at least 0 or a SWML variable such as '${name}'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "timeout",
                        false,
                        [(x) => (isNumber(x) && 0 <= x) || isVar(x), null],
                        "a number of at least 0 or a SWML variable such as '${name}'",
                    ],
                    [
                        "tone",
                        false,
                        [(x) => typeof x === "string" && E_Tone.has(x), null],
                        "one of 'CED', 'CNG'",
                    ],
                    [
                        "wait",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkDynamicHint,
            [
                "model",
                KEYS_DynamicHint,
                [
                    ["pattern", true, [(x) => typeof x === "string", null], "a string"],
                    ["replace", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "ignore_case",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkEndOfSpeechTimeoutAction,
            [
                "model",
                KEYS_EndOfSpeechTimeoutAction,
                [
                    [
                        "end_of_speech_timeout",
                        true,
                        [(x) => (isInteger(x) && 250 <= x && x <= 10000) || isVar(x), null],
                        "an integer from 250 to 10000 or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkEnterQueueObject,
            [
                "model",
                KEYS_EnterQueueObject,
                [
                    ["queue_name", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "transfer_after_bridge",
                        true,
                        [(x) => typeof x === "string", null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait_url",
                        false,
                        [(x) => typeof x === "string" || isVar(x), null],
                        "a string or a SWML variable such as '${name}'",
                    ],
                    [
                        "wait_time",
                        false,
                        [(x) => (isInteger(x) && 1 <= x) || isVar(x), null],
                        "an integer of at least 1 or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkExecute,
            [
                "model",
                KEYS_Execute,
                [
                    ["dest", true, [(x) => typeof x === "string", null], "a string"],
                    ["params", false, [null, _map_of_any], "a JSON object"],
                    ["meta", false, [null, _map_of_any], "a JSON object"],
                    ["on_return", false, [null, _list_of_method], "a list of SWML methods"],
                    [
                        "result",
                        false,
                        [null, _Execute_result],
                        "an ExecuteSwitch object or a list of CondReg or CondElse objects",
                    ],
                ],
                null,
            ],
        ],
        [
            checkExecuteRpc,
            [
                "model",
                KEYS_ExecuteRpc,
                [
                    ["method", true, [(x) => typeof x === "string", null], "a string"],
                    ["call_id", false, [(x) => typeof x === "string", null], "a string"],
                    ["node_id", false, [(x) => typeof x === "string", null], "a string"],
                    ["params", false, [null, _map_of_any], "a JSON object"],
                ],
                null,
            ],
        ],
        [
            checkExecuteSwitch,
            [
                "model",
                KEYS_ExecuteSwitch,
                [
                    ["variable", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "case",
                        true,
                        [null, _map_of_list_of_method],
                        "a JSON object whose values are each a list of SWML methods",
                    ],
                    ["default", false, [null, _list_of_method], "a list of SWML methods"],
                ],
                null,
            ],
        ],
        [
            checkExpression,
            [
                "model",
                KEYS_Expression,
                [
                    ["string", true, [(x) => typeof x === "string", null], "a string"],
                    ["pattern", true, [(x) => typeof x === "string", null], "a string"],
                    ["output", true, [null, checkOutput], "an Output object"],
                ],
                null,
            ],
        ],
        [
            checkExtensiveDataAction,
            [
                "model",
                KEYS_ExtensiveDataAction,
                [["extensive_data", true, [(x) => typeof x === "boolean", null], "true or false"]],
                null,
            ],
        ],
        [
            checkForeach,
            [
                "model",
                KEYS_Foreach,
                [
                    ["input_key", true, [(x) => typeof x === "string", null], "a string"],
                    ["output_key", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "max",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    ["append", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkFunctionFillers,
            [
                "model",
                KEYS_FunctionFillers,
                [
                    ["default", false, [null, _list_of_str], "a list of strings"],
                    ["auto", false, [null, _list_of_str], "a list of strings"],
                    ["bg", false, [null, _list_of_str], "a list of strings"],
                    ["ca", false, [null, _list_of_str], "a list of strings"],
                    ["zh", false, [null, _list_of_str], "a list of strings"],
                    ["zh-CN", false, [null, _list_of_str], "a list of strings"],
                    ["zh-Hans", false, [null, _list_of_str], "a list of strings"],
                    ["zh-TW", false, [null, _list_of_str], "a list of strings"],
                    ["zh-Hant", false, [null, _list_of_str], "a list of strings"],
                    ["zh-HK", false, [null, _list_of_str], "a list of strings"],
                    ["cs", false, [null, _list_of_str], "a list of strings"],
                    ["da", false, [null, _list_of_str], "a list of strings"],
                    ["da-DK", false, [null, _list_of_str], "a list of strings"],
                    ["nl", false, [null, _list_of_str], "a list of strings"],
                    ["en", false, [null, _list_of_str], "a list of strings"],
                    ["en-US", false, [null, _list_of_str], "a list of strings"],
                    ["en-GB", false, [null, _list_of_str], "a list of strings"],
                    ["en-NZ", false, [null, _list_of_str], "a list of strings"],
                    ["en-IN", false, [null, _list_of_str], "a list of strings"],
                    ["en-AU", false, [null, _list_of_str], "a list of strings"],
                    ["et", false, [null, _list_of_str], "a list of strings"],
                    ["fi", false, [null, _list_of_str], "a list of strings"],
                    ["nl-BE", false, [null, _list_of_str], "a list of strings"],
                    ["fr", false, [null, _list_of_str], "a list of strings"],
                    ["fr-CA", false, [null, _list_of_str], "a list of strings"],
                    ["de", false, [null, _list_of_str], "a list of strings"],
                    ["de-CH", false, [null, _list_of_str], "a list of strings"],
                    ["el", false, [null, _list_of_str], "a list of strings"],
                    ["hi", false, [null, _list_of_str], "a list of strings"],
                    ["hu", false, [null, _list_of_str], "a list of strings"],
                    ["id", false, [null, _list_of_str], "a list of strings"],
                    ["it", false, [null, _list_of_str], "a list of strings"],
                    ["ja", false, [null, _list_of_str], "a list of strings"],
                    ["ko", false, [null, _list_of_str], "a list of strings"],
                    ["ko-KR", false, [null, _list_of_str], "a list of strings"],
                    ["lv", false, [null, _list_of_str], "a list of strings"],
                    ["lt", false, [null, _list_of_str], "a list of strings"],
                    ["ms", false, [null, _list_of_str], "a list of strings"],
                    ["multi", false, [null, _list_of_str], "a list of strings"],
                    ["no", false, [null, _list_of_str], "a list of strings"],
                    ["pl", false, [null, _list_of_str], "a list of strings"],
                    ["pt", false, [null, _list_of_str], "a list of strings"],
                    ["pt-BR", false, [null, _list_of_str], "a list of strings"],
                    ["pt-PT", false, [null, _list_of_str], "a list of strings"],
                    ["ro", false, [null, _list_of_str], "a list of strings"],
                    ["ru", false, [null, _list_of_str], "a list of strings"],
                    ["sk", false, [null, _list_of_str], "a list of strings"],
                    ["es", false, [null, _list_of_str], "a list of strings"],
                    ["es-419", false, [null, _list_of_str], "a list of strings"],
                    ["sv", false, [null, _list_of_str], "a list of strings"],
                    ["sv-SE", false, [null, _list_of_str], "a list of strings"],
                    ["th", false, [null, _list_of_str], "a list of strings"],
                    ["th-TH", false, [null, _list_of_str], "a list of strings"],
                    ["tr", false, [null, _list_of_str], "a list of strings"],
                    ["uk", false, [null, _list_of_str], "a list of strings"],
                    ["vi", false, [null, _list_of_str], "a list of strings"],
                ],
                [[null, _list_of_str], "a list of strings"],
            ],
        ],
        [
            checkFunctionParameters,
            [
                "model",
                KEYS_FunctionParameters,
                [
                    ["type", true, [(x) => x === "object", null], "'object'"],
                    [
                        "properties",
                        true,
                        [null, _map_of_SchemaType],
                        "a JSON object whose values are each a SchemaType value",
                    ],
                    ["required", false, [null, _list_of_str], "a list of strings"],
                ],
                null,
            ],
        ],
        [
            checkFunctionsOnSpeakerTimeoutAction,
            [
                "model",
                KEYS_FunctionsOnSpeakerTimeoutAction,
                [
                    [
                        "functions_on_speaker_timeout",
                        true,
                        [(x) => typeof x === "boolean", null],
                        "true or false",
                    ],
                ],
                null,
            ],
        ],
        [
            checkGoto,
            [
                "model",
                KEYS_Goto,
                [
                    ["label", true, [(x) => typeof x === "string", null], "a string"],
                    ["when", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "max",
                        false,
                        [(x) => (isInteger(x) && 1 <= x && x <= 100) || isVar(x), null],
                        "an integer from 1 to 100 or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkHangUpHookSWAIGFunction,
            [
                "model",
                KEYS_HangUpHookSWAIGFunction,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["purpose", false, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checkFunctionParameters], "a FunctionParameters object"],
                    ["fillers", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["argument", false, [null, checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, _map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "data_map",
                        false,
                        [null, _HangUpHookSWAIGFunction_data_map],
                        "a DataMap object with at least 1 key",
                    ],
                    [
                        "skip_fillers",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["wait_file", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait_file_loops",
                        false,
                        [(x) => isInteger(x) || typeof x === "string", null],
                        "an integer or a string",
                    ],
                    [
                        "wait_for_fillers",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["function", true, [(x) => x === "hangup_hook", null], "'hangup_hook'"],
                ],
                null,
            ],
        ],
        [
            checkHangup,
            [
                "model",
                KEYS_Hangup,
                [
                    [
                        "reason",
                        false,
                        [(x) => typeof x === "string" && E_Reason.has(x), null],
                        "one of 'hangup', 'busy', 'decline'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkHangupAction,
            [
                "model",
                KEYS_HangupAction,
                [
                    [
                        "hangup",
                        true,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkHint,
            [
                "model",
                KEYS_Hint,
                [
                    ["hint", true, [(x) => typeof x === "string", null], "a string"],
                    ["pattern", true, [(x) => typeof x === "string", null], "a string"],
                    ["replace", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "ignore_case",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkHold,
            [
                "model",
                KEYS_Hold,
                [
                    [
                        "timeout",
                        false,
                        [(x) => (isInteger(x) && -2147483648 <= x && x <= 900) || isVar(x), null],
                        "an integer from -2147483648 to 900 or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkHoldAction,
            [
                "model",
                KEYS_HoldAction,
                [
                    [
                        "hold",
                        true,
                        [null, _HoldAction_hold],
                        "an integer from -2147483648 to 900 or a Hold object or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkInject,
            [
                "model",
                KEYS_Inject,
                [
                    ["message", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "direction",
                        true,
                        [(x) => typeof x === "string" && E_TranslateDirection.has(x), null],
                        "one of 'remote-caller', 'local-caller'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkInjectAction,
            [
                "model",
                KEYS_InjectAction,
                [["inject", true, [null, checkInject], "an Inject object"]],
                null,
            ],
        ],
        [
            checkIntegerProperty,
            [
                "model",
                KEYS_IntegerProperty,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "nullable",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["type", true, [(x) => x === "integer", null], "'integer'"],
                    ["enum", false, [null, _list_of_int], "a list of integers"],
                    [
                        "default",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkJoinConference,
            [
                "model",
                KEYS_JoinConference,
                [
                    [
                        "name",
                        true,
                        [(x) => typeof x === "string" && !isBlank(x), null],
                        "a non-blank string",
                    ],
                    [
                        "muted",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "beep",
                        false,
                        [(x) => typeof x === "string" && E_Beep.has(x), null],
                        "one of 'true', 'false', 'onEnter', 'onExit'",
                    ],
                    [
                        "start_on_enter",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "end_on_exit",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "wait_url",
                        false,
                        [(x) => (typeof x === "string" && URL_HTTP_HTTPS.test(x)) || isVar(x), null],
                        "an absolute URL starting with http:// or https:// or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_participants",
                        false,
                        [(x) => (isInteger(x) && 2 <= x && x <= 100000) || isVar(x), null],
                        "an integer from 2 to 100000 or a SWML variable such as '${name}'",
                    ],
                    [
                        "record",
                        false,
                        [(x) => typeof x === "string" && E_Record.has(x), null],
                        "one of 'do-not-record', 'record-from-start'",
                    ],
                    [
                        "region",
                        false,
                        [(x) => typeof x === "string" && E_Region.has(x), null],
                        "one of 'global', 'us', 'eu', 'ch'",
                    ],
                    [
                        "trim",
                        false,
                        [(x) => typeof x === "string" && E_Trim.has(x), null],
                        "one of 'trim-silence', 'do-not-trim'",
                    ],
                    ["coach", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "status_callback_event",
                        false,
                        [null, _joined_StatusCallbackEvent],
                        "one or more of 'start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement', as an array or a string joined by ' '",
                    ],
                    [
                        "status_callback_event_type",
                        false,
                        [(x) => typeof x === "string" && E_CallbackEventType.has(x), null],
                        "one of 'cxml', 'laml', 'relay'",
                    ],
                    [
                        "status_callback",
                        false,
                        [(x) => typeof x === "string" && URL_HTTP_HTTPS.test(x), null],
                        "an absolute URL starting with http:// or https://",
                    ],
                    [
                        "status_callback_method",
                        false,
                        [(x) => typeof x === "string" && E_HttpMethod.has(x), null],
                        "one of 'GET', 'POST'",
                    ],
                    [
                        "recording_status_callback",
                        false,
                        [(x) => typeof x === "string" && URL_HTTP_HTTPS.test(x), null],
                        "an absolute URL starting with http:// or https://",
                    ],
                    [
                        "recording_status_callback_method",
                        false,
                        [(x) => typeof x === "string" && E_HttpMethod.has(x), null],
                        "one of 'GET', 'POST'",
                    ],
                    [
                        "recording_status_callback_event",
                        false,
                        [null, _joined_RecordingStatusCallbackEvent],
                        "one or more of 'in-progress', 'completed', 'absent', as an array or a string joined by ' '",
                    ],
                    [
                        "recording_status_callback_event_type",
                        false,
                        [(x) => typeof x === "string" && E_CallbackEventType.has(x), null],
                        "one of 'cxml', 'laml', 'relay'",
                    ],
                    [
                        "result",
                        false,
                        [null, _Switch_or_list_of_CondReg_or_CondElse],
                        "a Switch object or a list of CondReg or CondElse objects",
                    ],
                    ["stream", false, [null, checkJoinConferenceStream], "a JoinConferenceStream object"],
                ],
                null,
            ],
        ],
        [
            checkJoinConferenceStream,
            [
                "model",
                KEYS_JoinConferenceStream,
                [
                    [
                        "url",
                        true,
                        [(x) => typeof x === "string" && URL_WSS.test(x), null],
                        "an absolute URL starting with wss://",
                    ],
                    ["name", false, [(x) => typeof x === "string", null], "a string"],
                    ["codec", false, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "status_url_method",
                        false,
                        [(x) => typeof x === "string" && E_HttpMethod.has(x), null],
                        "one of 'GET', 'POST'",
                    ],
                    [
                        "realtime",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "authorization_bearer_token",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    [
                        "custom_parameters",
                        false,
                        [null, _map_of_str],
                        "a JSON object whose values are each a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checkJoinRoom,
            [
                "model",
                KEYS_JoinRoom,
                [["name", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkLanguageParams,
            [
                "model",
                KEYS_LanguageParams,
                [
                    [
                        "stability",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "similarity",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "speakingRate",
                        false,
                        [(x) => (isNumber(x) && 0.5 <= x && x <= 1.5) || isVar(x), null],
                        "a number from 0.5 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 2) || isVar(x), null],
                        "a number from 0 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "speed",
                        false,
                        [(x) => (isNumber(x) && 0.5 <= x && x <= 2) || isVar(x), null],
                        "a number from 0.5 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "vol",
                        false,
                        [(x) => (isNumber(x) && 0.1 <= x && x <= 1) || isVar(x), null],
                        "a number from 0.1 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "pitch",
                        false,
                        [(x) => (isInteger(x) && -12 <= x && x <= 12) || isVar(x), null],
                        "an integer from -12 to 12 or a SWML variable such as '${name}'",
                    ],
                    [
                        "emotion",
                        false,
                        [(x) => typeof x === "string" && E_Emotion.has(x), null],
                        "one of 'happy', 'sad', 'angry', 'fearful', 'disgusted', 'surprised', 'neutral'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkLanguages,
            [
                "model",
                KEYS_Languages,
                [
                    ["name", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "code",
                        true,
                        [null, _Languages_code],
                        "a string or a list of strings (at most 3 items)",
                    ],
                    ["listen_language", false, [null, _str_or_list_of_str], "a string or a list of strings"],
                    ["voice", true, [(x) => typeof x === "string", null], "a string"],
                    ["model", false, [(x) => typeof x === "string", null], "a string"],
                    ["auto_emotion", false, [(x) => typeof x === "boolean", null], "true or false"],
                    ["auto_speed", false, [(x) => typeof x === "boolean", null], "true or false"],
                    ["engine", false, [(x) => typeof x === "string", null], "a string"],
                    ["params", false, [null, checkLanguageParams], "a LanguageParams object"],
                    ["fillers", false, [null, _list_of_str], "a list of strings"],
                    ["function_fillers", false, [null, _list_of_str], "a list of strings"],
                    ["speech_fillers", false, [null, _list_of_str], "a list of strings"],
                    ["turn_fillers", false, [null, _list_of_str], "a list of strings"],
                    ["pronounce", false, [null, _list_of_Pronounce], "a list of Pronounce objects"],
                ],
                null,
            ],
        ],
        [
            checkLiveTranscribe,
            [
                "model",
                KEYS_LiveTranscribe,
                [
                    [
                        "action",
                        true,
                        [null, _LiveTranscribe_action],
                        "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkLiveTranslate,
            [
                "model",
                KEYS_LiveTranslate,
                [
                    [
                        "action",
                        true,
                        [null, _LiveTranslate_action],
                        "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object",
                    ],
                ],
                null,
            ],
        ],
        [
            checkMCPServer,
            [
                "model",
                KEYS_MCPServer,
                [
                    ["url", true, [(x) => typeof x === "string", null], "a string"],
                    ["headers", false, [null, _map_of_str], "a JSON object whose values are each a string"],
                    [
                        "resources",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "resource_vars",
                        false,
                        [null, _map_of_str],
                        "a JSON object whose values are each a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checkMultilingual,
            [
                "model",
                KEYS_Multilingual,
                [
                    [
                        "languages",
                        true,
                        [null, _list_of_MultilingualLanguage],
                        "a list of MultilingualLanguage objects",
                    ],
                    ["allowed", false, [null, _list_of_str], "a list of strings"],
                    ["engine", false, [(x) => typeof x === "string", null], "a string"],
                    ["model", false, [(x) => typeof x === "string", null], "a string"],
                    ["provider", false, [(x) => typeof x === "string", null], "a string"],
                    ["start_language", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "min_switch_words",
                        false,
                        [(x) => isInteger(x) && 1 <= x, null],
                        "an integer of at least 1",
                    ],
                    [
                        "fillers",
                        false,
                        [null, _list_of_str_or_FunctionFillers],
                        "a list of strings or a FunctionFillers object",
                    ],
                    [
                        "function_fillers",
                        false,
                        [null, _list_of_str_or_FunctionFillers],
                        "a list of strings or a FunctionFillers object",
                    ],
                    [
                        "turn_fillers",
                        false,
                        [null, _list_of_str_or_TurnFillers],
                        "a list of strings or a TurnFillers object",
                    ],
                ],
                null,
            ],
        ],
        [
            checkMultilingualLanguage,
            [
                "model",
                KEYS_MultilingualLanguage,
                [
                    ["language", true, [(x) => typeof x === "string", null], "a string"],
                    ["voice", false, [(x) => typeof x === "string", null], "a string"],
                    ["model", false, [(x) => typeof x === "string", null], "a string"],
                    ["engine", false, [(x) => typeof x === "string", null], "a string"],
                    ["params", false, [null, checkLanguageParams], "a LanguageParams object"],
                ],
                null,
            ],
        ],
        [
            checkNullProperty,
            [
                "model",
                KEYS_NullProperty,
                [
                    ["type", true, [(x) => x === "null", null], "'null'"],
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkNumberProperty,
            [
                "model",
                KEYS_NumberProperty,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "nullable",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["type", true, [(x) => x === "number", null], "'number'"],
                    [
                        "enum",
                        false,
                        [null, _list_of_int_or_number_or_list_of_var],
                        "a list of items that are each an integer or a number or a list of items that are each a SWML variable such as '${name}'",
                    ],
                    [
                        "default",
                        false,
                        [(x) => isInteger(x) || isNumber(x) || isVar(x), null],
                        "an integer or a number or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkObjectProperty,
            [
                "model",
                KEYS_ObjectProperty,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "nullable",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["type", true, [(x) => x === "object", null], "'object'"],
                    ["default", false, [null, _map_of_any], "a JSON object"],
                    [
                        "properties",
                        false,
                        [null, _map_of_SchemaType],
                        "a JSON object whose values are each a SchemaType value",
                    ],
                    ["required", false, [null, _list_of_str], "a list of strings"],
                ],
                null,
            ],
        ],
        [
            checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps,
            [
                "model",
                KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps,
                [
                    [
                        "max_tokens",
                        false,
                        [(x) => isInteger(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1.5) || isVar(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    ["text", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps,
            [
                "model",
                KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps,
                [
                    [
                        "max_tokens",
                        false,
                        [(x) => isInteger(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1.5) || isVar(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "pom",
                        true,
                        [null, _AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                ],
                null,
            ],
        ],
        [
            checkOmitPropertiesBedrockPromptPomOmittedPromptProps,
            [
                "model",
                KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps,
                [
                    [
                        "voice_id",
                        false,
                        [(x) => typeof x === "string" && E_VoiceId.has(x), null],
                        "one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos'",
                    ],
                    [
                        "max_tokens",
                        false,
                        [(x) => isInteger(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1.5) || isVar(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "pom",
                        true,
                        [null, _AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                ],
                null,
            ],
        ],
        [
            checkOmitPropertiesBedrockPromptTextOmittedPromptProps,
            [
                "model",
                KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps,
                [
                    [
                        "voice_id",
                        false,
                        [(x) => typeof x === "string" && E_VoiceId.has(x), null],
                        "one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos'",
                    ],
                    [
                        "max_tokens",
                        false,
                        [(x) => isInteger(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1.5) || isVar(x), null],
                        "a number from 0 to 1.5 or a SWML variable such as '${name}'",
                    ],
                    [
                        "top_p",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => (isNumber(x) && 0 <= x && x <= 1) || isVar(x), null],
                        "a number from 0 to 1 or a SWML variable such as '${name}'",
                    ],
                    [
                        "presence_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    [
                        "frequency_penalty",
                        false,
                        [(x) => (isNumber(x) && -2 <= x && x <= 2) || isVar(x), null],
                        "a number from -2 to 2 or a SWML variable such as '${name}'",
                    ],
                    ["text", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkOneOfProperty,
            [
                "model",
                KEYS_OneOfProperty,
                [
                    [
                        "oneOf",
                        true,
                        [null, _list_of_SchemaType],
                        "a list of items that are each a SchemaType value",
                    ],
                ],
                null,
            ],
        ],
        [
            checkOutput,
            [
                "model",
                KEYS_Output,
                [
                    [
                        "response",
                        false,
                        [null, _str_or_SwaigToolResult],
                        "a string or a SwaigToolResult object",
                    ],
                    [
                        "action",
                        false,
                        [null, _BedrockOutput_action],
                        "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a WaitForUserAction object or an AddDynamicHintsAction object or a ClearDynamicHintsAction object or an EndOfSpeechTimeoutAction object or a SpeechEventTimeoutAction object or a ChangeVoiceAction object or a FunctionsOnSpeakerTimeoutAction object or an ExtensiveDataAction object or a ReplaceInHistoryAction object or a SettingsAction object or a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction or WaitForUserAction or AddDynamicHintsAction or ClearDynamicHintsAction or EndOfSpeechTimeoutAction or SpeechEventTimeoutAction or ChangeVoiceAction or FunctionsOnSpeakerTimeoutAction or ExtensiveDataAction or ReplaceInHistoryAction or SettingsAction objects",
                    ],
                    ["post_process", false, [(x) => typeof x === "boolean", null], "true or false"],
                ],
                null,
            ],
        ],
        [
            checkPay,
            [
                "model",
                KEYS_Pay,
                [
                    [
                        "payment_connector_url",
                        true,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    ["charge_amount", false, [(x) => typeof x === "string", null], "a string"],
                    ["currency", false, [(x) => typeof x === "string", null], "a string"],
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    ["input", false, [(x) => x === "dtmf", null], "'dtmf'"],
                    ["language", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "max_attempts",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "min_postal_code_length",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    ["parameters", false, [null, _list_of_PayParameters], "a list of PayParameters objects"],
                    ["payment_method", false, [(x) => x === "credit-card", null], "'credit-card'"],
                    [
                        "postal_code",
                        false,
                        [(x) => typeof x === "boolean" || typeof x === "string", null],
                        "true or false or a string",
                    ],
                    ["prompts", false, [null, _list_of_PayPrompts], "a list of PayPrompts objects"],
                    [
                        "security_code",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "token_type",
                        false,
                        [(x) => typeof x === "string" && E_TokenType.has(x), null],
                        "one of 'one-time', 'reusable'",
                    ],
                    ["valid_card_types", false, [(x) => typeof x === "string", null], "a string"],
                    ["voice", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkPayParameters,
            [
                "model",
                KEYS_PayParameters,
                [
                    ["name", true, [(x) => typeof x === "string", null], "a string"],
                    ["value", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkPayPromptPlayAction,
            [
                "model",
                KEYS_PayPromptPlayAction,
                [
                    ["type", true, [(x) => x === "Play", null], "'Play'"],
                    [
                        "phrase",
                        true,
                        [(x) => typeof x === "string" && RE_3.test(x), null],
                        "a URL starting with http:// or https://",
                    ],
                ],
                null,
            ],
        ],
        [
            checkPayPromptSayAction,
            [
                "model",
                KEYS_PayPromptSayAction,
                [
                    ["type", true, [(x) => x === "Say", null], "'Say'"],
                    ["phrase", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkPayPrompts,
            [
                "model",
                KEYS_PayPrompts,
                [
                    [
                        "actions",
                        true,
                        [null, _PayPrompts_actions],
                        "a list of PayPromptSayAction or PayPromptPlayAction objects",
                    ],
                    ["for", true, [(x) => typeof x === "string", null], "a string"],
                    ["attempts", false, [(x) => typeof x === "string", null], "a string"],
                    ["card_type", false, [(x) => typeof x === "string", null], "a string"],
                    ["error_type", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkPlayWithURL,
            [
                "model",
                KEYS_PlayWithURL,
                [
                    [
                        "auto_answer",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "volume",
                        false,
                        [(x) => (isNumber(x) && -40 <= x && x <= 40) || isVar(x), null],
                        "a number from -40 to 40 or a SWML variable such as '${name}'",
                    ],
                    ["say_voice", false, [(x) => typeof x === "string", null], "a string"],
                    ["say_language", false, [(x) => typeof x === "string", null], "a string"],
                    ["say_gender", false, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "url",
                        true,
                        [(x) => (typeof x === "string" && RE_4.test(x)) || isVar(x), null],
                        "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkPlayWithURLS,
            [
                "model",
                KEYS_PlayWithURLS,
                [
                    [
                        "auto_answer",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "volume",
                        false,
                        [(x) => (isNumber(x) && -40 <= x && x <= 40) || isVar(x), null],
                        "a number from -40 to 40 or a SWML variable such as '${name}'",
                    ],
                    ["say_voice", false, [(x) => typeof x === "string", null], "a string"],
                    ["say_language", false, [(x) => typeof x === "string", null], "a string"],
                    ["say_gender", false, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "urls",
                        true,
                        [null, _PlayWithURLS_urls],
                        "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkPlaybackBGAction,
            [
                "model",
                KEYS_PlaybackBGAction,
                [["playback_bg", true, [null, checkPlaybackBg], "a PlaybackBg object"]],
                null,
            ],
        ],
        [
            checkPlaybackBg,
            [
                "model",
                KEYS_PlaybackBg,
                [
                    ["file", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkPomSectionBodyContent,
            [
                "model",
                KEYS_PomSectionBodyContent,
                [
                    [
                        "title",
                        false,
                        [(x) => typeof x === "string" && cpLength(x) >= 1, null],
                        "a string of at least 1 character",
                    ],
                    [
                        "subsections",
                        false,
                        [null, _AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                    [
                        "numbered",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "numberedBullets",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["body", true, [(x) => typeof x === "string", null], "a string"],
                    ["bullets", false, [null, _AISidecarObject_hints], "a list of strings (at least 1 item)"],
                ],
                null,
            ],
        ],
        [
            checkPomSectionBulletsContent,
            [
                "model",
                KEYS_PomSectionBulletsContent,
                [
                    [
                        "title",
                        false,
                        [(x) => typeof x === "string" && cpLength(x) >= 1, null],
                        "a string of at least 1 character",
                    ],
                    [
                        "subsections",
                        false,
                        [null, _AIPostPromptPom_pom],
                        "a list of items that are each a POM value (at least 1 item)",
                    ],
                    [
                        "numbered",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "numberedBullets",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["body", false, [(x) => typeof x === "string", null], "a string"],
                    ["bullets", true, [null, _AISidecarObject_hints], "a list of strings (at least 1 item)"],
                ],
                null,
            ],
        ],
        [
            checkPrompt,
            [
                "model",
                KEYS_Prompt,
                [
                    [
                        "play",
                        true,
                        [null, _Prompt_play],
                        "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'",
                    ],
                    [
                        "volume",
                        false,
                        [(x) => isNumber(x) && -40 <= x && x <= 40, null],
                        "a number from -40 to 40",
                    ],
                    ["say_voice", false, [(x) => typeof x === "string", null], "a string"],
                    ["say_language", false, [(x) => typeof x === "string", null], "a string"],
                    ["say_gender", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "max_digits",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    ["terminators", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "digit_timeout",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "initial_timeout",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_timeout",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_end_timeout",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    ["speech_language", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "speech_hints",
                        false,
                        [null, _list_of_str_or_list_of_var],
                        "a list of strings or a list of items that are each a SWML variable such as '${name}'",
                    ],
                    ["speech_engine", false, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkPronounce,
            [
                "model",
                KEYS_Pronounce,
                [
                    ["replace", true, [(x) => typeof x === "string", null], "a string"],
                    ["with", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "ignore_case",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkReceiveFax,
            [
                "model",
                KEYS_ReceiveFax,
                [["status_url", false, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkRecordArgument,
            [
                "model",
                KEYS_RecordArgument,
                [
                    [
                        "stereo",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "format",
                        false,
                        [(x) => typeof x === "string" && E_Format.has(x), null],
                        "one of 'wav', 'mp3', 'mp4'",
                    ],
                    [
                        "direction",
                        false,
                        [(x) => typeof x === "string" && E_RecordDirection.has(x), null],
                        "one of 'speak', 'listen'",
                    ],
                    ["terminators", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "beep",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "input_sensitivity",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "initial_timeout",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "end_silence_timeout",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_length",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkRecordCall,
            [
                "model",
                KEYS_RecordCall,
                [
                    ["control_id", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "stereo",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "format",
                        false,
                        [(x) => typeof x === "string" && E_Format.has(x), null],
                        "one of 'wav', 'mp3', 'mp4'",
                    ],
                    [
                        "direction",
                        false,
                        [(x) => typeof x === "string" && E_RecordCallDirection.has(x), null],
                        "one of 'speak', 'listen', 'both'",
                    ],
                    ["terminators", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "beep",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "input_sensitivity",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "initial_timeout",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "end_silence_timeout",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "max_length",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkReplaceInHistoryAction,
            [
                "model",
                KEYS_ReplaceInHistoryAction,
                [
                    [
                        "replace_in_history",
                        true,
                        [(x) => typeof x === "string" || typeof x === "boolean", null],
                        "a string or true or false",
                    ],
                ],
                null,
            ],
        ],
        [
            checkRequest,
            [
                "model",
                KEYS_Request,
                [
                    ["url", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "method",
                        true,
                        [(x) => typeof x === "string" && E_Method.has(x), null],
                        "one of 'GET', 'POST', 'PUT', 'DELETE'",
                    ],
                    ["headers", false, [null, _map_of_any], "a JSON object"],
                    ["body", false, [null, _str_or_map_of_any], "a string or a JSON object"],
                    [
                        "timeout",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "connect_timeout",
                        false,
                        [(x) => isNumber(x) || isVar(x), null],
                        "a number or a SWML variable such as '${name}'",
                    ],
                    [
                        "save_variables",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkSMSWithBody,
            [
                "model",
                KEYS_SMSWithBody,
                [
                    ["to_number", true, [(x) => typeof x === "string", null], "a string"],
                    ["from_number", true, [(x) => typeof x === "string", null], "a string"],
                    ["region", false, [(x) => typeof x === "string", null], "a string"],
                    ["tags", false, [null, _list_of_str], "a list of strings"],
                    ["status_callback", false, [(x) => typeof x === "string", null], "a string"],
                    ["body", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkSMSWithMedia,
            [
                "model",
                KEYS_SMSWithMedia,
                [
                    ["to_number", true, [(x) => typeof x === "string", null], "a string"],
                    ["from_number", true, [(x) => typeof x === "string", null], "a string"],
                    ["region", false, [(x) => typeof x === "string", null], "a string"],
                    ["tags", false, [null, _list_of_str], "a list of strings"],
                    ["status_callback", false, [(x) => typeof x === "string", null], "a string"],
                    ["media", true, [null, _list_of_str], "a list of strings"],
                    ["body", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkSWAIG,
            [
                "model",
                KEYS_SWAIG,
                [
                    ["defaults", false, [null, checkSWAIGDefaults], "a SWAIGDefaults object"],
                    ["mcp_servers", false, [null, _list_of_MCPServer], "a list of MCPServer objects"],
                    [
                        "native_functions",
                        false,
                        [null, _list_of_SWAIGNativeFunction],
                        "a list of items that are each one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency'",
                    ],
                    ["includes", false, [null, _list_of_SWAIGIncludes], "a list of SWAIGIncludes objects"],
                    [
                        "functions",
                        false,
                        [null, _SWAIG_functions],
                        "a list of UserSWAIGFunction or StartUpHookSWAIGFunction or HangUpHookSWAIGFunction or SummarizeConversationSWAIGFunction objects",
                    ],
                    [
                        "internal_fillers",
                        false,
                        [null, checkSWAIGInternalFiller],
                        "a SWAIGInternalFiller object",
                    ],
                ],
                null,
            ],
        ],
        [
            checkSWAIGDefaults,
            [
                "model",
                KEYS_SWAIGDefaults,
                [["web_hook_url", false, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkSWAIGIncludes,
            [
                "model",
                KEYS_SWAIGIncludes,
                [
                    ["functions", true, [null, _list_of_str], "a list of strings"],
                    ["url", true, [(x) => typeof x === "string", null], "a string"],
                    ["meta_data", false, [null, _map_of_any], "a JSON object"],
                ],
                null,
            ],
        ],
        [
            checkSWAIGInternalFiller,
            [
                "model",
                KEYS_SWAIGInternalFiller,
                [
                    ["check_time", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["wait_for_user", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["wait_seconds", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    [
                        "adjust_response_latency",
                        false,
                        [null, checkFunctionFillers],
                        "a FunctionFillers object",
                    ],
                    ["next_step", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["change_context", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["get_visual_input", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["get_ideal_strategy", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["pause_conversation", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                ],
                null,
            ],
        ],
        [
            checkSWMLAction,
            [
                "model",
                KEYS_SWMLAction,
                [
                    ["SWML", true, [null, checkSWMLObject], "a SWMLObject object"],
                    [
                        "transfer",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkSWMLObject,
            [
                "model",
                KEYS_SWMLObject,
                [
                    ["version", false, [(x) => x === "1.0.0", null], "'1.0.0'"],
                    ["sections", true, [null, checkSection], "a Section object"],
                ],
                null,
            ],
        ],
        [
            checkSayAction,
            [
                "model",
                KEYS_SayAction,
                [["say", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkSection,
            [
                "model",
                KEYS_Section,
                [["main", true, [null, _list_of_method], "a list of SWML methods"]],
                [[null, _list_of_method], "a list of SWML methods"],
            ],
        ],
        [
            checkSendDigits,
            [
                "model",
                KEYS_SendDigits,
                [["digits", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkSendFax,
            [
                "model",
                KEYS_SendFax,
                [
                    ["document", true, [(x) => typeof x === "string", null], "a string"],
                    ["header_info", false, [(x) => typeof x === "string", null], "a string"],
                    ["identity", false, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkSetGlobalDataAction,
            [
                "model",
                KEYS_SetGlobalDataAction,
                [["set_global_data", true, [null, _map_of_any], "a JSON object"]],
                null,
            ],
        ],
        [
            checkSetMetaDataAction,
            [
                "model",
                KEYS_SetMetaDataAction,
                [["set_meta_data", true, [null, _map_of_any], "a JSON object"]],
                null,
            ],
        ],
        [
            checkSettings,
            [
                "model",
                KEYS_Settings,
                [
                    [
                        "frequency-penalty",
                        false,
                        [(x) => isNumber(x) && -2 <= x && x <= 2, null],
                        "a number from -2 to 2",
                    ],
                    [
                        "presence-penalty",
                        false,
                        [(x) => isNumber(x) && -2 <= x && x <= 2, null],
                        "a number from -2 to 2",
                    ],
                    [
                        "max-tokens",
                        false,
                        [(x) => isInteger(x) && 0 <= x && x <= 4096, null],
                        "an integer from 0 to 4096",
                    ],
                    [
                        "top-p",
                        false,
                        [(x) => isNumber(x) && 0 <= x && x <= 1, null],
                        "a number from 0 to 1",
                    ],
                    [
                        "confidence",
                        false,
                        [(x) => isNumber(x) && 0 <= x && x <= 1, null],
                        "a number from 0 to 1",
                    ],
                    [
                        "barge-confidence",
                        false,
                        [(x) => isNumber(x) && 0 <= x && x <= 1, null],
                        "a number from 0 to 1",
                    ],
                    [
                        "temperature",
                        false,
                        [(x) => isNumber(x) && 0 <= x && x <= 2, null],
                        "a number from 0 to 2",
                    ],
                ],
                null,
            ],
        ],
        [
            checkSettingsAction,
            [
                "model",
                KEYS_SettingsAction,
                [["settings", true, [null, checkSettings], "a Settings object"]],
                null,
            ],
        ],
        [
            checkSipRefer,
            [
                "model",
                KEYS_SipRefer,
                [
                    ["to_uri", true, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["username", false, [(x) => typeof x === "string", null], "a string"],
                    ["password", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkSleep,
            [
                "model",
                KEYS_Sleep,
                [
                    [
                        "duration",
                        true,
                        [(x) => (isInteger(x) && -1 <= x) || isVar(x), null],
                        "an integer of at least -1 or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkSpeechEventTimeoutAction,
            [
                "model",
                KEYS_SpeechEventTimeoutAction,
                [
                    [
                        "speech_event_timeout",
                        true,
                        [(x) => (isInteger(x) && 0 <= x && x <= 10000) || isVar(x), null],
                        "an integer from 0 to 10000 or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkStartAction,
            [
                "model",
                KEYS_StartAction,
                [["start", true, [null, checkStartActionStart], "a StartActionStart object"]],
                null,
            ],
        ],
        [
            checkStartActionStart,
            [
                "model",
                KEYS_StartActionStart,
                [
                    ["webhook", false, [(x) => typeof x === "string", null], "a string"],
                    ["from_lang", true, [(x) => typeof x === "string", null], "a string"],
                    ["to_lang", true, [(x) => typeof x === "string", null], "a string"],
                    ["from_voice", false, [(x) => typeof x === "string", null], "a string"],
                    ["to_voice", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "filter_from",
                        false,
                        [
                            (x) => (typeof x === "string" && E_TranslationFilterPreset.has(x)) ||
                                (typeof x === "string" && RE_5.test(x)),
                            null,
                        ],
                        "one of 'polite', 'rude', 'professional', 'shakespeare', 'gen-z' or 'prompt:' followed by the filter's instructions",
                    ],
                    [
                        "filter_to",
                        false,
                        [
                            (x) => (typeof x === "string" && E_TranslationFilterPreset.has(x)) ||
                                (typeof x === "string" && RE_5.test(x)),
                            null,
                        ],
                        "one of 'polite', 'rude', 'professional', 'shakespeare', 'gen-z' or 'prompt:' followed by the filter's instructions",
                    ],
                    [
                        "live_events",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "ai_summary",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "vad_silence_ms",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "vad_thresh",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "debug_level",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "direction",
                        true,
                        [null, _list_of_TranslateDirection],
                        "a list of items that are each one of 'remote-caller', 'local-caller'",
                    ],
                    [
                        "speech_engine",
                        false,
                        [(x) => typeof x === "string" && E_SpeechEngine.has(x), null],
                        "one of 'deepgram', 'google'",
                    ],
                    ["ai_summary_prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkStartUpHookSWAIGFunction,
            [
                "model",
                KEYS_StartUpHookSWAIGFunction,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["purpose", false, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checkFunctionParameters], "a FunctionParameters object"],
                    ["fillers", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["argument", false, [null, checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, _map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "data_map",
                        false,
                        [null, _HangUpHookSWAIGFunction_data_map],
                        "a DataMap object with at least 1 key",
                    ],
                    [
                        "skip_fillers",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["wait_file", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait_file_loops",
                        false,
                        [(x) => isInteger(x) || typeof x === "string", null],
                        "an integer or a string",
                    ],
                    [
                        "wait_for_fillers",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["function", true, [(x) => x === "startup_hook", null], "'startup_hook'"],
                ],
                null,
            ],
        ],
        [
            checkStopAction,
            [
                "model",
                KEYS_StopAction,
                [
                    [
                        "stop",
                        true,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [checkStopDenoise, ["model", KEYS_StopDenoise, [], null]],
        [
            checkStopPlaybackBGAction,
            [
                "model",
                KEYS_StopPlaybackBGAction,
                [
                    [
                        "stop_playback_bg",
                        true,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkStopRecordCall,
            [
                "model",
                KEYS_StopRecordCall,
                [["control_id", false, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkStopStream,
            [
                "model",
                KEYS_StopStream,
                [["control_id", false, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkStopTap,
            [
                "model",
                KEYS_StopTap,
                [["control_id", false, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkStream,
            [
                "model",
                KEYS_Stream,
                [
                    ["url", true, [(x) => typeof x === "string", null], "a string"],
                    ["control_id", false, [(x) => typeof x === "string", null], "a string"],
                    ["name", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "track",
                        false,
                        [(x) => typeof x === "string" && E_Track.has(x), null],
                        "one of 'inbound_track', 'outbound_track', 'both_tracks'",
                    ],
                    ["codec", false, [(x) => typeof x === "string", null], "a string"],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "status_url_method",
                        false,
                        [(x) => typeof x === "string" && E_StatusUrlMethod.has(x), null],
                        "one of 'GET', 'POST'",
                    ],
                    [
                        "authorization_bearer_token",
                        false,
                        [(x) => typeof x === "string", null],
                        "a string",
                    ],
                    [
                        "custom_parameters",
                        false,
                        [null, _map_of_str],
                        "a JSON object whose values are each a string",
                    ],
                ],
                null,
            ],
        ],
        [
            checkStringProperty,
            [
                "model",
                KEYS_StringProperty,
                [
                    ["description", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "nullable",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["type", true, [(x) => x === "string", null], "'string'"],
                    ["enum", false, [null, _list_of_str], "a list of strings"],
                    ["default", false, [(x) => typeof x === "string", null], "a string"],
                    ["pattern", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "format",
                        false,
                        [(x) => typeof x === "string" && E_StringFormat.has(x), null],
                        "one of 'date_time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uri', 'uuid'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkSummarizeAction,
            [
                "model",
                KEYS_SummarizeAction,
                [
                    [
                        "summarize",
                        true,
                        [null, checkSummarizeActionSummarize],
                        "a SummarizeActionSummarize object",
                    ],
                ],
                null,
            ],
        ],
        [
            checkSummarizeActionSummarize,
            [
                "model",
                KEYS_SummarizeActionSummarize,
                [
                    ["webhook", false, [(x) => typeof x === "string", null], "a string"],
                    ["prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkSummarizeConversationSWAIGFunction,
            [
                "model",
                KEYS_SummarizeConversationSWAIGFunction,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["purpose", false, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checkFunctionParameters], "a FunctionParameters object"],
                    ["fillers", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["argument", false, [null, checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, _map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "data_map",
                        false,
                        [null, _HangUpHookSWAIGFunction_data_map],
                        "a DataMap object with at least 1 key",
                    ],
                    [
                        "skip_fillers",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["wait_file", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait_file_loops",
                        false,
                        [(x) => isInteger(x) || typeof x === "string", null],
                        "an integer or a string",
                    ],
                    [
                        "wait_for_fillers",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "function",
                        true,
                        [(x) => x === "summarize_conversation", null],
                        "'summarize_conversation'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkSwaigToolResult,
            [
                "model",
                KEYS_SwaigToolResult,
                [
                    ["tool_result", false, [(x) => typeof x === "string", null], "a string"],
                    ["tool_prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkSwitch,
            [
                "model",
                KEYS_Switch,
                [
                    ["variable", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "case",
                        true,
                        [null, _map_of_list_of_method],
                        "a JSON object whose values are each a list of SWML methods",
                    ],
                    ["default", false, [null, _list_of_method], "a list of SWML methods"],
                ],
                null,
            ],
        ],
        [
            checkSwitchArgument,
            [
                "model",
                KEYS_SwitchArgument,
                [
                    ["variable", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "case",
                        true,
                        [null, _map_of_list_of_method],
                        "a JSON object whose values are each a list of SWML methods",
                    ],
                    ["default", false, [null, _list_of_method], "a list of SWML methods"],
                ],
                null,
            ],
        ],
        [
            checkTap,
            [
                "model",
                KEYS_Tap,
                [
                    ["uri", true, [(x) => typeof x === "string", null], "a string"],
                    ["control_id", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "direction",
                        false,
                        [(x) => typeof x === "string" && E_TapDirection.has(x), null],
                        "one of 'speak', 'listen', 'both'",
                    ],
                    [
                        "codec",
                        false,
                        [(x) => typeof x === "string" && E_Codec.has(x), null],
                        "one of 'PCMU', 'PCMA'",
                    ],
                    [
                        "rtp_ptime",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    ["status_url", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkToggleFunctionsAction,
            [
                "model",
                KEYS_ToggleFunctionsAction,
                [
                    [
                        "toggle_functions",
                        true,
                        [null, _list_of_ToggleFunctionsItem],
                        "a list of ToggleFunctionsItem objects",
                    ],
                ],
                null,
            ],
        ],
        [
            checkToggleFunctionsItem,
            [
                "model",
                KEYS_ToggleFunctionsItem,
                [
                    [
                        "active",
                        true,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["function", true, [null, _str_or_list_of_str], "a string or a list of strings"],
                ],
                null,
            ],
        ],
        [
            checkTranscribe,
            [
                "model",
                KEYS_Transcribe,
                [["status_url", false, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkTranscribeStartAction,
            [
                "model",
                KEYS_TranscribeStartAction,
                [
                    [
                        "start",
                        true,
                        [null, checkTranscribeStartActionStart],
                        "a TranscribeStartActionStart object",
                    ],
                ],
                null,
            ],
        ],
        [
            checkTranscribeStartActionStart,
            [
                "model",
                KEYS_TranscribeStartActionStart,
                [
                    [
                        "ai_summary",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["webhook", false, [(x) => typeof x === "string", null], "a string"],
                    ["lang", true, [(x) => typeof x === "string", null], "a string"],
                    [
                        "live_events",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    [
                        "speech_timeout",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "vad_silence_ms",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "vad_thresh",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "debug_level",
                        false,
                        [(x) => isInteger(x) || isVar(x), null],
                        "an integer or a SWML variable such as '${name}'",
                    ],
                    [
                        "direction",
                        true,
                        [null, _list_of_TranscribeDirection],
                        "a list of items that are each one of 'remote-caller', 'local-caller'",
                    ],
                    [
                        "speech_engine",
                        false,
                        [(x) => typeof x === "string" && E_SpeechEngine.has(x), null],
                        "one of 'deepgram', 'google'",
                    ],
                    ["ai_summary_prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [checkTranscribeStop, ["model", KEYS_TranscribeStop, [], null]],
        [
            checkTranscribeSummarizeAction,
            [
                "model",
                KEYS_TranscribeSummarizeAction,
                [
                    [
                        "summarize",
                        true,
                        [null, checkTranscribeSummarizeActionSummarize],
                        "a TranscribeSummarizeActionSummarize object",
                    ],
                ],
                null,
            ],
        ],
        [
            checkTranscribeSummarizeActionSummarize,
            [
                "model",
                KEYS_TranscribeSummarizeActionSummarize,
                [
                    ["webhook", false, [(x) => typeof x === "string", null], "a string"],
                    ["prompt", false, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkTransfer,
            [
                "model",
                KEYS_Transfer,
                [
                    ["dest", true, [(x) => typeof x === "string", null], "a string"],
                    ["params", false, [null, _map_of_any], "a JSON object"],
                    ["meta", false, [null, _map_of_any], "a JSON object"],
                ],
                null,
            ],
        ],
        [
            checkTurnFillers,
            [
                "model",
                KEYS_TurnFillers,
                [
                    ["default", false, [null, _list_of_str], "a list of strings"],
                    ["bg", false, [null, _list_of_str], "a list of strings"],
                    ["ca", false, [null, _list_of_str], "a list of strings"],
                    ["zh", false, [null, _list_of_str], "a list of strings"],
                    ["zh-CN", false, [null, _list_of_str], "a list of strings"],
                    ["zh-Hans", false, [null, _list_of_str], "a list of strings"],
                    ["zh-TW", false, [null, _list_of_str], "a list of strings"],
                    ["zh-Hant", false, [null, _list_of_str], "a list of strings"],
                    ["zh-HK", false, [null, _list_of_str], "a list of strings"],
                    ["cs", false, [null, _list_of_str], "a list of strings"],
                    ["da", false, [null, _list_of_str], "a list of strings"],
                    ["da-DK", false, [null, _list_of_str], "a list of strings"],
                    ["nl", false, [null, _list_of_str], "a list of strings"],
                    ["en", false, [null, _list_of_str], "a list of strings"],
                    ["en-US", false, [null, _list_of_str], "a list of strings"],
                    ["en-GB", false, [null, _list_of_str], "a list of strings"],
                    ["en-NZ", false, [null, _list_of_str], "a list of strings"],
                    ["en-IN", false, [null, _list_of_str], "a list of strings"],
                    ["en-AU", false, [null, _list_of_str], "a list of strings"],
                    ["et", false, [null, _list_of_str], "a list of strings"],
                    ["fi", false, [null, _list_of_str], "a list of strings"],
                    ["nl-BE", false, [null, _list_of_str], "a list of strings"],
                    ["fr", false, [null, _list_of_str], "a list of strings"],
                    ["fr-CA", false, [null, _list_of_str], "a list of strings"],
                    ["de", false, [null, _list_of_str], "a list of strings"],
                    ["de-CH", false, [null, _list_of_str], "a list of strings"],
                    ["el", false, [null, _list_of_str], "a list of strings"],
                    ["hi", false, [null, _list_of_str], "a list of strings"],
                    ["hu", false, [null, _list_of_str], "a list of strings"],
                    ["id", false, [null, _list_of_str], "a list of strings"],
                    ["it", false, [null, _list_of_str], "a list of strings"],
                    ["ja", false, [null, _list_of_str], "a list of strings"],
                    ["ko", false, [null, _list_of_str], "a list of strings"],
                    ["ko-KR", false, [null, _list_of_str], "a list of strings"],
                    ["lv", false, [null, _list_of_str], "a list of strings"],
                    ["lt", false, [null, _list_of_str], "a list of strings"],
                    ["ms", false, [null, _list_of_str], "a list of strings"],
                    ["multi", false, [null, _list_of_str], "a list of strings"],
                    ["no", false, [null, _list_of_str], "a list of strings"],
                    ["pl", false, [null, _list_of_str], "a list of strings"],
                    ["pt", false, [null, _list_of_str], "a list of strings"],
                    ["pt-BR", false, [null, _list_of_str], "a list of strings"],
                    ["pt-PT", false, [null, _list_of_str], "a list of strings"],
                    ["ro", false, [null, _list_of_str], "a list of strings"],
                    ["ru", false, [null, _list_of_str], "a list of strings"],
                    ["sk", false, [null, _list_of_str], "a list of strings"],
                    ["es", false, [null, _list_of_str], "a list of strings"],
                    ["es-419", false, [null, _list_of_str], "a list of strings"],
                    ["sv", false, [null, _list_of_str], "a list of strings"],
                    ["sv-SE", false, [null, _list_of_str], "a list of strings"],
                    ["th", false, [null, _list_of_str], "a list of strings"],
                    ["th-TH", false, [null, _list_of_str], "a list of strings"],
                    ["tr", false, [null, _list_of_str], "a list of strings"],
                    ["uk", false, [null, _list_of_str], "a list of strings"],
                    ["vi", false, [null, _list_of_str], "a list of strings"],
                ],
                [[null, _list_of_str], "a list of strings"],
            ],
        ],
        [checkUnsetGlobalData, ["model", KEYS_UnsetGlobalData, [], null]],
        [
            checkUnsetGlobalDataAction,
            [
                "model",
                KEYS_UnsetGlobalDataAction,
                [
                    [
                        "unset_global_data",
                        true,
                        [null, _str_or_UnsetGlobalData],
                        "a string or an UnsetGlobalData object",
                    ],
                ],
                null,
            ],
        ],
        [checkUnsetMetaData, ["model", KEYS_UnsetMetaData, [], null]],
        [
            checkUnsetMetaDataAction,
            [
                "model",
                KEYS_UnsetMetaDataAction,
                [
                    [
                        "unset_meta_data",
                        true,
                        [null, _str_or_UnsetMetaData],
                        "a string or an UnsetMetaData object",
                    ],
                ],
                null,
            ],
        ],
        [
            checkUserEvent,
            ["model", KEYS_UserEvent, [["event", true, [null, _map_of_any], "a JSON object"]], null],
        ],
        [
            checkUserInputAction,
            [
                "model",
                KEYS_UserInputAction,
                [["user_input", true, [(x) => typeof x === "string", null], "a string"]],
                null,
            ],
        ],
        [
            checkUserSWAIGFunction,
            [
                "model",
                KEYS_UserSWAIGFunction,
                [
                    ["description", true, [(x) => typeof x === "string", null], "a string"],
                    ["purpose", false, [(x) => typeof x === "string", null], "a string"],
                    ["parameters", false, [null, checkFunctionParameters], "a FunctionParameters object"],
                    ["fillers", false, [null, checkFunctionFillers], "a FunctionFillers object"],
                    ["argument", false, [null, checkFunctionParameters], "a FunctionParameters object"],
                    [
                        "active",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["meta_data", false, [null, _map_of_any], "a JSON object"],
                    ["meta_data_token", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "data_map",
                        false,
                        [null, _HangUpHookSWAIGFunction_data_map],
                        "a DataMap object with at least 1 key",
                    ],
                    [
                        "skip_fillers",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["web_hook_url", false, [(x) => typeof x === "string", null], "a string"],
                    ["wait_file", false, [(x) => typeof x === "string", null], "a string"],
                    [
                        "wait_file_loops",
                        false,
                        [(x) => isInteger(x) || typeof x === "string", null],
                        "an integer or a string",
                    ],
                    [
                        "wait_for_fillers",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["function", true, [(x) => typeof x === "string", null], "a string"],
                ],
                null,
            ],
        ],
        [
            checkWaitForUserAction,
            [
                "model",
                KEYS_WaitForUserAction,
                [
                    [
                        "wait_for_user",
                        true,
                        [
                            (x) => typeof x === "boolean" ||
                                (isInteger(x) && 0 <= x && x <= 2147483647) ||
                                x === "answer_first",
                            null,
                        ],
                        "true or false or an integer from 0 to 2147483647 or 'answer_first'",
                    ],
                ],
                null,
            ],
        ],
        [
            checkWebhook,
            [
                "model",
                KEYS_Webhook,
                [
                    ["expressions", false, [null, _list_of_Expression], "a list of Expression objects"],
                    ["error_keys", false, [null, _str_or_list_of_str], "a string or a list of strings"],
                    ["url", true, [(x) => typeof x === "string", null], "a string"],
                    ["foreach", false, [null, checkForeach], "a Foreach object"],
                    ["headers", false, [null, _map_of_any], "a JSON object"],
                    [
                        "method",
                        false,
                        [(x) => typeof x === "string" && E_Method.has(x), null],
                        "one of 'GET', 'POST', 'PUT', 'DELETE'",
                    ],
                    [
                        "input_args_as_params",
                        false,
                        [(x) => typeof x === "boolean" || isVar(x), null],
                        "true or false or a SWML variable such as '${name}'",
                    ],
                    ["params", false, [null, _map_of_any], "a JSON object"],
                    ["require_args", false, [null, _str_or_list_of_str], "a string or a list of strings"],
                    ["output", false, [null, checkOutput], "an Output object"],
                ],
                null,
            ],
        ],
        [
            checkAISidecarParamProperty,
            [
                "union",
                VARIANTS_AISidecarParamProperty,
                [],
                [
                    "type",
                    [
                        ["string", checkAISidecarStringParam],
                        ["integer", checkAISidecarIntegerParam],
                        ["number", checkAISidecarNumberParam],
                        ["boolean", checkAISidecarBooleanParam],
                        ["array", checkAISidecarArrayParam],
                        ["object", checkAISidecarObjectParam],
                    ],
                ],
            ],
        ],
        [checkPOM, ["union", VARIANTS_POM, [], null]],
        [
            checkSchemaType,
            [
                "union",
                VARIANTS_SchemaType,
                [],
                [
                    "type",
                    [
                        ["string", checkStringProperty],
                        ["integer", checkIntegerProperty],
                        ["number", checkNumberProperty],
                        ["boolean", checkBooleanProperty],
                        ["array", checkArrayProperty],
                        ["object", checkObjectProperty],
                        ["null", checkNullProperty],
                    ],
                ],
            ],
        ],
        [_AIPromptText_or_AIPromptPom, ["union", VARIANTS_AIPromptText_or_AIPromptPom, [], null]],
        [_map_of_any, ["map", [[null, jsonCopy], "any JSON value"], 0, "a JSON object"]],
        [
            _list_of_str_or_Hint,
            [
                "list",
                [[null, _str_or_Hint], "a string or a Hint object"],
                0,
                null,
                "a list of items that are each a string or a Hint object",
            ],
        ],
        [
            _list_of_Languages,
            [
                "list",
                [[null, checkLanguages], "a Languages object"],
                0,
                null,
                "a list of Languages objects",
            ],
        ],
        [
            _AIPostPromptText_or_AIPostPromptPom,
            ["union", VARIANTS_AIPostPromptText_or_AIPostPromptPom, [], null],
        ],
        [
            _list_of_Pronounce,
            [
                "list",
                [[null, checkPronounce], "a Pronounce object"],
                0,
                null,
                "a list of Pronounce objects",
            ],
        ],
        [
            _list_of_ConversationMessage,
            [
                "list",
                [[null, checkConversationMessage], "a ConversationMessage object"],
                0,
                null,
                "a list of ConversationMessage objects",
            ],
        ],
        [_bool_or_list_of_str_or_var, ["union", null, [_list_of_str], null]],
        [
            _AIPostPromptPom_pom,
            [
                "list",
                [[null, checkPOM], "a POM value"],
                1,
                null,
                "a list of items that are each a POM value (at least 1 item)",
            ],
        ],
        [
            _map_of_AISidecarParamProperty,
            [
                "map",
                [[null, checkAISidecarParamProperty], "an AISidecarParamProperty value"],
                0,
                "a JSON object whose values are each an AISidecarParamProperty value",
            ],
        ],
        [
            _list_of_str,
            [
                "list",
                [[(x) => typeof x === "string", null], "a string"],
                0,
                null,
                "a list of strings",
            ],
        ],
        [
            _list_of_int,
            ["list", [[(x) => isInteger(x), null], "an integer"], 0, null, "a list of integers"],
        ],
        [
            _list_of_number,
            ["list", [[(x) => isNumber(x), null], "a number"], 0, null, "a list of numbers"],
        ],
        [_AISidecarObject_prompt, ["union", VARIANTS_AISidecarObject_prompt, [], null]],
        [
            _list_of_TranscribeDirection,
            [
                "list",
                [
                    [(x) => typeof x === "string" && E_TranscribeDirection.has(x), null],
                    "one of 'remote-caller', 'local-caller'",
                ],
                0,
                null,
                "a list of items that are each one of 'remote-caller', 'local-caller'",
            ],
        ],
        [
            _AISidecarObject_hints,
            [
                "list",
                [[(x) => typeof x === "string", null], "a string"],
                1,
                null,
                "a list of strings (at least 1 item)",
            ],
        ],
        [
            _list_of_AISidecarSWAIGFunction,
            [
                "list",
                [[null, checkAISidecarSWAIGFunction], "an AISidecarSWAIGFunction object"],
                0,
                null,
                "a list of AISidecarSWAIGFunction objects",
            ],
        ],
        [
            _list_of_MCPServer,
            [
                "list",
                [[null, checkMCPServer], "a MCPServer object"],
                0,
                null,
                "a list of MCPServer objects",
            ],
        ],
        [
            _list_of_str_or_DynamicHint,
            [
                "list",
                [[null, _str_or_DynamicHint], "a string or a DynamicHint object"],
                0,
                null,
                "a list of items that are each a string or a DynamicHint object",
            ],
        ],
        [
            _list_of_SchemaType,
            [
                "list",
                [[null, checkSchemaType], "a SchemaType value"],
                0,
                null,
                "a list of items that are each a SchemaType value",
            ],
        ],
        [_AmazonBedrockObject_prompt, ["union", VARIANTS_AmazonBedrockObject_prompt, [], null]],
        [
            _AmazonBedrockObject_post_prompt,
            ["union", VARIANTS_AmazonBedrockObject_post_prompt, [], null],
        ],
        [
            _list_of_any,
            [
                "list",
                [[null, jsonCopy], "any JSON value"],
                0,
                null,
                "a list of items that are each any JSON value",
            ],
        ],
        [
            _list_of_BedrockExpression,
            [
                "list",
                [[null, checkBedrockExpression], "a BedrockExpression object"],
                0,
                null,
                "a list of BedrockExpression objects",
            ],
        ],
        [
            _list_of_BedrockWebhook,
            [
                "list",
                [[null, checkBedrockWebhook], "a BedrockWebhook object"],
                0,
                null,
                "a list of BedrockWebhook objects",
            ],
        ],
        [
            _BedrockOutput_action,
            ["union", VARIANTS_BedrockOutput_action, [_BedrockOutput_action_list], null],
        ],
        [
            _BedrockSWAIG_functions,
            [
                "list",
                [
                    [null, _BedrockSWAIG_functions_item],
                    "a BedrockSWAIGFunction1 object or a BedrockSWAIGFunction2 object or a BedrockSWAIGFunction3 object or a BedrockSWAIGFunction4 object",
                ],
                0,
                null,
                "a list of BedrockSWAIGFunction1 or BedrockSWAIGFunction2 or BedrockSWAIGFunction3 or BedrockSWAIGFunction4 objects",
            ],
        ],
        [_str_or_list_of_str, ["union", null, [_list_of_str], null]],
        [
            _list_of_method,
            [
                "list",
                [[null, checkMethod], "a SWML method such as { hangup: {} }"],
                0,
                null,
                "a list of SWML methods",
            ],
        ],
        [
            _list_of_ConnectHeaders,
            [
                "list",
                [[null, checkConnectHeaders], "a ConnectHeaders object"],
                0,
                null,
                "a list of ConnectHeaders objects",
            ],
        ],
        [
            _list_of_CallStatus,
            [
                "list",
                [
                    [(x) => typeof x === "string" && E_CallStatus.has(x), null],
                    "one of 'created', 'ringing', 'answered', 'ended'",
                ],
                0,
                null,
                "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'",
            ],
        ],
        [_ConnectDestination_confirm, ["union", null, [_ConnectDestination_confirm_list], null]],
        [
            _map_of_str,
            [
                "map",
                [[(x) => typeof x === "string", null], "a string"],
                0,
                "a JSON object whose values are each a string",
            ],
        ],
        [
            _list_of_ConnectDestination,
            [
                "list",
                [[null, checkConnectDestination], "a ConnectDestination object"],
                0,
                null,
                "a list of ConnectDestination objects",
            ],
        ],
        [
            _ConnectDeviceParallel_result,
            ["union", VARIANTS_ConnectDeviceParallel_result, [_list_of_CondReg_or_CondElse], null],
        ],
        [
            _list_of_list_of_ConnectDestination,
            [
                "list",
                [[null, _list_of_ConnectDestination], "a list of ConnectDestination objects"],
                0,
                null,
                "a list of items that are each a list of ConnectDestination objects",
            ],
        ],
        [
            _map_of_list_of_method,
            [
                "map",
                [[null, _list_of_method], "a list of SWML methods"],
                0,
                "a JSON object whose values are each a list of SWML methods",
            ],
        ],
        [
            _list_of_POM,
            [
                "list",
                [[null, checkPOM], "a POM value"],
                0,
                null,
                "a list of items that are each a POM value",
            ],
        ],
        [
            _ContextsPOMObject_or_ContextsTextObject,
            ["union", VARIANTS_ContextsPOMObject_or_ContextsTextObject, [], null],
        ],
        [
            _list_of_ContextPOMSteps_or_ContextTextSteps,
            [
                "list",
                [
                    [null, _ContextPOMSteps_or_ContextTextSteps],
                    "a ContextPOMSteps object or a ContextTextSteps object",
                ],
                0,
                null,
                "a list of ContextPOMSteps or ContextTextSteps objects",
            ],
        ],
        [
            _list_of_Expression,
            [
                "list",
                [[null, checkExpression], "an Expression object"],
                0,
                null,
                "a list of Expression objects",
            ],
        ],
        [
            _list_of_Webhook,
            ["list", [[null, checkWebhook], "a Webhook object"], 0, null, "a list of Webhook objects"],
        ],
        [_Execute_result, ["union", VARIANTS_Execute_result, [_list_of_CondReg_or_CondElse], null]],
        [
            _map_of_SchemaType,
            [
                "map",
                [[null, checkSchemaType], "a SchemaType value"],
                0,
                "a JSON object whose values are each a SchemaType value",
            ],
        ],
        [_HangUpHookSWAIGFunction_data_map, ["least", checkDataMap]],
        [_HoldAction_hold, ["union", VARIANTS_HoldAction_hold, [], null]],
        [
            _Switch_or_list_of_CondReg_or_CondElse,
            [
                "union",
                VARIANTS_Switch_or_list_of_CondReg_or_CondElse,
                [_list_of_CondReg_or_CondElse],
                null,
            ],
        ],
        [_Languages_code, ["union", null, [_Languages_code_list], null]],
        [_LiveTranscribe_action, ["union", VARIANTS_LiveTranscribe_action, [], null]],
        [_LiveTranslate_action, ["union", VARIANTS_LiveTranslate_action, [], null]],
        [
            _list_of_MultilingualLanguage,
            [
                "list",
                [[null, checkMultilingualLanguage], "a MultilingualLanguage object"],
                0,
                null,
                "a list of MultilingualLanguage objects",
            ],
        ],
        [
            _list_of_str_or_FunctionFillers,
            ["union", VARIANTS_list_of_str_or_FunctionFillers, [_list_of_str], null],
        ],
        [
            _list_of_str_or_TurnFillers,
            ["union", VARIANTS_list_of_str_or_TurnFillers, [_list_of_str], null],
        ],
        [
            _list_of_int_or_number_or_list_of_var,
            ["union", null, [_list_of_int_or_number, _list_of_var], null],
        ],
        [_str_or_SwaigToolResult, ["union", VARIANTS_str_or_SwaigToolResult, [], null]],
        [
            _list_of_PayParameters,
            [
                "list",
                [[null, checkPayParameters], "a PayParameters object"],
                0,
                null,
                "a list of PayParameters objects",
            ],
        ],
        [
            _list_of_PayPrompts,
            [
                "list",
                [[null, checkPayPrompts], "a PayPrompts object"],
                0,
                null,
                "a list of PayPrompts objects",
            ],
        ],
        [
            _PayPrompts_actions,
            [
                "list",
                [
                    [null, _PayPrompts_actions_item],
                    "a PayPromptSayAction object or a PayPromptPlayAction object",
                ],
                0,
                null,
                "a list of PayPromptSayAction or PayPromptPlayAction objects",
            ],
        ],
        [_PlayWithURLS_urls, ["union", null, [_PlayWithURLS_urls_list, _list_of_var], null]],
        [_Prompt_play, ["union", null, [_PlayWithURLS_urls_list, _list_of_var], null]],
        [_list_of_str_or_list_of_var, ["union", null, [_list_of_str, _list_of_var], null]],
        [_str_or_map_of_any, ["union", VARIANTS_str_or_map_of_any, [], null]],
        [
            _list_of_SWAIGNativeFunction,
            [
                "list",
                [
                    [(x) => typeof x === "string" && E_SWAIGNativeFunction.has(x), null],
                    "one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency'",
                ],
                0,
                null,
                "a list of items that are each one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency'",
            ],
        ],
        [
            _list_of_SWAIGIncludes,
            [
                "list",
                [[null, checkSWAIGIncludes], "a SWAIGIncludes object"],
                0,
                null,
                "a list of SWAIGIncludes objects",
            ],
        ],
        [
            _SWAIG_functions,
            [
                "list",
                [
                    [null, _SWAIG_functions_item],
                    "a UserSWAIGFunction object or a StartUpHookSWAIGFunction object or a HangUpHookSWAIGFunction object or a SummarizeConversationSWAIGFunction object",
                ],
                0,
                null,
                "a list of UserSWAIGFunction or StartUpHookSWAIGFunction or HangUpHookSWAIGFunction or SummarizeConversationSWAIGFunction objects",
            ],
        ],
        [
            _list_of_TranslateDirection,
            [
                "list",
                [
                    [(x) => typeof x === "string" && E_TranslateDirection.has(x), null],
                    "one of 'remote-caller', 'local-caller'",
                ],
                0,
                null,
                "a list of items that are each one of 'remote-caller', 'local-caller'",
            ],
        ],
        [
            _list_of_ToggleFunctionsItem,
            [
                "list",
                [[null, checkToggleFunctionsItem], "a ToggleFunctionsItem object"],
                0,
                null,
                "a list of ToggleFunctionsItem objects",
            ],
        ],
        [_str_or_UnsetGlobalData, ["union", VARIANTS_str_or_UnsetGlobalData, [], null]],
        [_str_or_UnsetMetaData, ["union", VARIANTS_str_or_UnsetMetaData, [], null]],
        [
            _list_of_CondReg_or_CondElse,
            [
                "list",
                [[null, _CondReg_or_CondElse], "a CondReg object or a CondElse object"],
                0,
                null,
                "a list of CondReg or CondElse objects",
            ],
        ],
        [_verb_connect, ["union", VARIANTS_verb_connect, [], null]],
        [_PlayWithURL_or_PlayWithURLS, ["union", VARIANTS_PlayWithURL_or_PlayWithURLS, [], null]],
        [_SMSWithBody_or_SMSWithMedia, ["union", VARIANTS_SMSWithBody_or_SMSWithMedia, [], null]],
        [_Sleep_or_int_or_var, ["union", VARIANTS_Sleep_or_int_or_var, [], null]],
        [_str_or_Hint, ["union", VARIANTS_str_or_Hint, [], null]],
        [_str_or_DynamicHint, ["union", VARIANTS_str_or_DynamicHint, [], null]],
        [
            _BedrockOutput_action_list,
            [
                "list",
                [
                    [null, _BedrockOutput_action_list_item],
                    "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a WaitForUserAction object or an AddDynamicHintsAction object or a ClearDynamicHintsAction object or an EndOfSpeechTimeoutAction object or a SpeechEventTimeoutAction object or a ChangeVoiceAction object or a FunctionsOnSpeakerTimeoutAction object or an ExtensiveDataAction object or a ReplaceInHistoryAction object or a SettingsAction object",
                ],
                0,
                null,
                "a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction or WaitForUserAction or AddDynamicHintsAction or ClearDynamicHintsAction or EndOfSpeechTimeoutAction or SpeechEventTimeoutAction or ChangeVoiceAction or FunctionsOnSpeakerTimeoutAction or ExtensiveDataAction or ReplaceInHistoryAction or SettingsAction objects",
            ],
        ],
        [_BedrockSWAIG_functions_item, ["union", VARIANTS_BedrockSWAIG_functions_item, [], null]],
        [
            _ConnectDestination_confirm_list,
            [
                "list",
                [
                    [null, _ConnectDestination_confirm_list_item],
                    "a SWML method, one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise",
                ],
                0,
                null,
                "a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)",
            ],
        ],
        [
            _ContextPOMSteps_or_ContextTextSteps,
            ["union", VARIANTS_ContextPOMSteps_or_ContextTextSteps, [], null],
        ],
        [
            _Languages_code_list,
            [
                "list",
                [[(x) => typeof x === "string", null], "a string"],
                0,
                3,
                "a list of strings (at most 3 items)",
            ],
        ],
        [
            _list_of_int_or_number,
            [
                "list",
                [[(x) => isInteger(x) || isNumber(x), null], "an integer or a number"],
                0,
                null,
                "a list of items that are each an integer or a number",
            ],
        ],
        [
            _list_of_var,
            [
                "list",
                [[(x) => isVar(x), null], "a SWML variable such as '${name}'"],
                0,
                null,
                "a list of items that are each a SWML variable such as '${name}'",
            ],
        ],
        [
            _PayPrompts_actions_item,
            [
                "union",
                VARIANTS_PayPrompts_actions_item,
                [],
                [
                    "type",
                    [
                        ["Say", checkPayPromptSayAction],
                        ["Play", checkPayPromptPlayAction],
                    ],
                ],
            ],
        ],
        [
            _PlayWithURLS_urls_list,
            [
                "list",
                [
                    [(x) => typeof x === "string" && RE_4.test(x), null],
                    "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters)",
                ],
                0,
                null,
                "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters)",
            ],
        ],
        [_SWAIG_functions_item, ["union", VARIANTS_SWAIG_functions_item, [], null]],
        [_CondReg_or_CondElse, ["union", VARIANTS_CondReg_or_CondElse, [], null]],
        [_BedrockOutput_action_list_item, ["union", VARIANTS_BedrockOutput_action, [], null]],
        [
            _ConnectDestination_confirm_list_item,
            [
                "method",
                new Set([
                    "cond",
                    "denoise",
                    "hangup",
                    "play",
                    "prompt",
                    "record",
                    "record_call",
                    "send_digits",
                    "send_sms",
                    "set",
                    "stop_denoise",
                    "stop_record_call",
                    "stop_stream",
                    "stop_tap",
                    "stream",
                    "tap",
                    "unset",
                ]),
            ],
        ],
    ]);
    return table;
}
/**
 * Every fault of `document`, a whole SWML document such as `SWML.toDict` gives; `[]` when it is
 * valid.
 *
 * Each {@link Problem} has the fault's `path` (`sections.main[2].play.url`), `pointer` (the JSON
 * pointer, `/sections/main/2/play/url`), `verb` (the verb it is in, or ""), the `value` found
 * (`MISSING` for a required key not there), what is `expected` and the `message`. The faults
 * inside a verb come in the order its checker meets them; every unknown key is one.
 */
export function validate(document) {
    try {
        checkSWMLObject(document, "");
        return [];
    }
    catch (error) {
        if (error instanceof RangeError) {
            return [tooDeep(document)];
        }
        if (!(error instanceof Invalid)) {
            throw error;
        }
    }
    const found = [];
    try {
        collect(checkSWMLObject, document, "", "", found);
    }
    catch (error) {
        if (error instanceof RangeError) {
            return [tooDeep(document)];
        }
        throw error;
    }
    return found.map((p) => ({ ...p, pointer: pointer(p.path, document) }));
}
/** The shapes whose parts are looked at without checking the whole first. */
const WALKED = new Set(["model", "list", "map", "least"]);
/** The faults of `value` at `path` by `check`, added to `out`. */
function collect(check, value, path, verb, out) {
    let shape = shapes().get(check);
    const found = out.length;
    if (shape !== undefined && WALKED.has(shape[0])) {
        // An object or list is looked at part by part, each part checked once, rather than checked
        // whole first: a fault deep inside would otherwise be checked at every level.
        if (inside(shape, value, path, verb, out) && out.length > found) {
            return;
        }
        shape = undefined;
    }
    let fault;
    try {
        check(value, path);
        return;
    }
    catch (error) {
        if (!(error instanceof Invalid)) {
            throw error;
        }
        fault = error;
    }
    // Where the parts hold no fault of their own (a union no variant fits, a list too short), the
    // checker's refusal is the fault.
    if (shape === undefined || !inside(shape, value, path, verb, out) || out.length === found) {
        out.push(documentProblem(fault.path, fault.value, fault.expected, verb));
    }
}
function part([test, check], value, path, verb, expected, out) {
    if (check !== null) {
        collect(check, value, path, verb, out);
    }
    else if (test !== null && !test(value)) {
        out.push(documentProblem(path, value, expected, verb));
    }
}
/**
 * Add the faults of the parts of `value` as `shape` describes them; false when `value` has no
 * such parts (not an object where one is expected, a union whose variant is unknown).
 */
function inside(shape, value, path, verb, out) {
    switch (shape[0]) {
        case "model": {
            const [, keys, fields, extra] = shape;
            if (!isPlainObject(value)) {
                return false;
            }
            for (const [wire, required, p, expected] of fields) {
                const item = own(value, wire);
                if (item !== undefined) {
                    part(p, item, `${path}.${wire}`, verb, expected, out);
                }
                else if (required) {
                    out.push(documentProblem(`${path}.${wire}`, MISSING, expected, verb));
                }
            }
            const others = Object.keys(value)
                .filter((key) => !keys.has(key) && value[key] !== undefined)
                .sort(byCodePoint);
            for (const key of others) {
                const at = `${path}.${key}`;
                if (extra === null) {
                    out.push(documentProblem(at, value[key], unknownKeyText([key], keys), verb));
                }
                else {
                    part(extra[0], value[key], at, verb, extra[1], out);
                }
            }
            return true;
        }
        case "list": {
            const [, [p, itemExpected], low, high, expected] = shape;
            if (!Array.isArray(value)) {
                return false;
            }
            if (value.length < low || (high !== null && value.length > high)) {
                out.push(documentProblem(path, value, expected, verb));
            }
            value.forEach((item, i) => {
                part(p, item, `${path}[${i}]`, verb, itemExpected, out);
            });
            return true;
        }
        case "map": {
            const [, [p, itemExpected], low, expected] = shape;
            if (!isPlainObject(value)) {
                return false;
            }
            if (keyCount(value) < low) {
                out.push(documentProblem(path, value, expected, verb));
            }
            for (const key of Object.keys(value)) {
                const item = value[key];
                if (item !== undefined) {
                    part(p, item, `${path}.${key}`, verb, itemExpected, out);
                }
            }
            return true;
        }
        case "union": {
            const [, variants, arrays, tag] = shape;
            const given = tag !== null && isPlainObject(value) ? own(value, tag[0]) : undefined;
            if (tag !== null && given !== undefined) {
                // The variant the tag's constant names, as the union's checker chooses it; a constant
                // of none: the union's own refusal says so.
                const named = tag[1].find(([constant]) => constant === given);
                if (named === undefined) {
                    return false;
                }
                collect(named[1], value, path, verb, out);
                return true;
            }
            if (variants !== null && isPlainObject(value)) {
                // The variant the keys select, as pickVariant selects it; none or several: the union's
                // own refusal says why.
                const fits = fitting(Object.keys(value).filter((key) => value[key] !== undefined), variants);
                const [only] = fits;
                if (fits.length !== 1 || only === undefined) {
                    return false;
                }
                collect(only[4], value, path, verb, out);
                return true;
            }
            const [list] = arrays;
            if (arrays.length === 1 && list !== undefined && Array.isArray(value)) {
                collect(list, value, path, verb, out);
                return true;
            }
            return false;
        }
        case "least":
            collect(shape[1], value, path, verb, out);
            return true;
        case "method": {
            // A SWML method: the faults inside a known verb's argument.
            const only = shape[1];
            if (!isPlainObject(value)) {
                return false;
            }
            const keys = Object.keys(value).filter((key) => value[key] !== undefined);
            const [name] = keys;
            if (keys.length !== 1 || name === undefined) {
                return false;
            }
            const check = only === null || only.has(name) ? VERBS.get(name) : undefined;
            if (check === undefined) {
                return false;
            }
            collect(check, value[name], `${path}.${name}`, name, out);
            return true;
        }
    }
}
/**
 * `sections.main[2].play.url` as the keys and indexes it names in `data`, as far as the data
 * goes (a key may hold dots or brackets: the longest key that fits is taken).
 */
function steps(path, data) {
    const out = [];
    let node = data;
    let rest = path.replace(/^\.+/, "");
    let first = true;
    while (rest) {
        const index = /^\[(\d+)\]/.exec(rest);
        if (index !== null && Array.isArray(node)) {
            const i = Number(index[1]);
            if (i >= node.length) {
                break;
            }
            out.push(i);
            node = node[i];
            rest = rest.slice(index[0].length);
        }
        else if (isPlainObject(node) && (first || rest.startsWith("."))) {
            const tail = first ? rest : rest.slice(1);
            let key;
            for (const k of Object.keys(node)) {
                const next = tail.slice(k.length, k.length + 1);
                if (tail.startsWith(k) &&
                    (next === "" || next === "." || next === "[") &&
                    (key === undefined || k.length > key.length)) {
                    key = k;
                }
            }
            if (key === undefined) {
                break;
            }
            out.push(key);
            node = node[key];
            rest = tail.slice(key.length);
        }
        else {
            break;
        }
        first = false;
    }
    return out;
}
/** The JSON pointer (RFC 6901) of `path` in `document`; a missing key's is the key's. */
function pointer(path, document) {
    const found = steps(path, document);
    const walked = found
        .map((s, i) => (typeof s === "number" ? `[${s}]` : (i > 0 ? "." : "") + s))
        .join("");
    const rest = path.replace(/^\.+/, "").slice(walked.length);
    const parts = [...found.map(String), ...(rest ? [rest.replace(/^\.+/, "")] : [])];
    return parts.map((p) => "/" + p.replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}
