"use strict";
// Generated from spec by `python -m codegen generate` — do not edit.
// Inputs (spec and codegen/templates/ts): sha256:47bdf9f1c53e09d1
Object.defineProperty(exports, "__esModule", { value: true });
exports.KEYS_AISidecarPermissions = exports.KEYS_AISidecarParams = exports.KEYS_AISidecarObjectParam = exports.KEYS_AISidecarObject = exports.KEYS_AISidecarNumberParam = exports.KEYS_AISidecarIntegerParam = exports.KEYS_AISidecarFunctionParameters = exports.KEYS_AISidecarBooleanParam = exports.KEYS_AISidecarArrayParam = exports.KEYS_AIPromptText = exports.KEYS_AIPromptPom = exports.KEYS_AIPostPromptText = exports.KEYS_AIPostPromptPom = exports.KEYS_AIParams = exports.KEYS_AIObject = exports.E_VoiceId = exports.E_TtsNumberFormat = exports.E_Trim = exports.E_TranslationFilterPreset = exports.E_TranslateDirection = exports.E_TranscribeDirection = exports.E_Track = exports.E_Tone = exports.E_TokenType = exports.E_TapDirection = exports.E_SummaryMode = exports.E_StringFormat = exports.E_StatusUrlMethod = exports.E_StatusCallbackEvent = exports.E_SpeechEngine = exports.E_SWAIGNativeFunction = exports.E_Region = exports.E_RecordingStatusCallbackEvent = exports.E_RecordDirection = exports.E_RecordCallDirection = exports.E_Record = exports.E_Reason = exports.E_PomFormat = exports.E_Method = exports.E_HttpMethod = exports.E_Format = exports.E_Encryption = exports.E_EnableTextNormalization = exports.E_Emotion = exports.E_Direction = exports.E_ConversationRole = exports.E_Codec = exports.E_CallbackEventType = exports.E_CallStatus = exports.E_Beep = void 0;
exports.KEYS_DataMap = exports.KEYS_ConversationMessage = exports.KEYS_ContextsTextObject = exports.KEYS_ContextsPOMObject = exports.KEYS_Contexts = exports.KEYS_ContextTextSteps = exports.KEYS_ContextSwitchAction = exports.KEYS_ContextSwitch = exports.KEYS_ContextPOMSteps = exports.KEYS_ConstProperty = exports.KEYS_ConnectSwitch = exports.KEYS_ConnectHeaders = exports.KEYS_ConnectDeviceSingle = exports.KEYS_ConnectDeviceSerialParallel = exports.KEYS_ConnectDeviceSerial = exports.KEYS_ConnectDeviceParallel = exports.KEYS_ConnectDestination = exports.KEYS_CondReg = exports.KEYS_CondElse = exports.KEYS_ClearDynamicHintsAction = exports.KEYS_ClearDynamicHints = exports.KEYS_ChangeVoiceAction = exports.KEYS_ChangeStepAction = exports.KEYS_ChangeContextAction = exports.KEYS_BooleanProperty = exports.KEYS_BedrockWebhook = exports.KEYS_BedrockSWAIGFunction4 = exports.KEYS_BedrockSWAIGFunction3 = exports.KEYS_BedrockSWAIGFunction2 = exports.KEYS_BedrockSWAIGFunction1 = exports.KEYS_BedrockSWAIG = exports.KEYS_BedrockParams = exports.KEYS_BedrockOutput = exports.KEYS_BedrockExpression = exports.KEYS_BedrockDataMap = exports.KEYS_ArrayProperty = exports.KEYS_AnyOfProperty = exports.KEYS_Answer = exports.KEYS_AmazonBedrockObject = exports.KEYS_AllOfProperty = exports.KEYS_AddDynamicHintsAction = exports.KEYS_AISidecarSummarizeActionSummarize = exports.KEYS_AISidecarSummarizeAction = exports.KEYS_AISidecarStringParam = exports.KEYS_AISidecarSWAIGFunction = exports.KEYS_AISidecarSWAIGDefaults = exports.KEYS_AISidecarSWAIG = exports.KEYS_AISidecarPromptText = exports.KEYS_AISidecarPromptPom = exports.KEYS_AISidecarPromptFile = void 0;
exports.KEYS_PlayWithURLS = exports.KEYS_PlayWithURL = exports.KEYS_PayPrompts = exports.KEYS_PayPromptSayAction = exports.KEYS_PayPromptPlayAction = exports.KEYS_PayParameters = exports.KEYS_Pay = exports.KEYS_Output = exports.KEYS_OneOfProperty = exports.KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps = exports.KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps = exports.KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps = exports.KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps = exports.KEYS_ObjectProperty = exports.KEYS_NumberProperty = exports.KEYS_NullProperty = exports.KEYS_MultilingualLanguage = exports.KEYS_Multilingual = exports.KEYS_MCPServer = exports.KEYS_LiveTranslate = exports.KEYS_LiveTranscribe = exports.KEYS_Languages = exports.KEYS_LanguageParams = exports.KEYS_JoinRoom = exports.KEYS_JoinConferenceStream = exports.KEYS_JoinConference = exports.KEYS_IntegerProperty = exports.KEYS_InjectAction = exports.KEYS_Inject = exports.KEYS_HoldAction = exports.KEYS_Hold = exports.KEYS_Hint = exports.KEYS_HangupAction = exports.KEYS_Hangup = exports.KEYS_HangUpHookSWAIGFunction = exports.KEYS_Goto = exports.KEYS_FunctionsOnSpeakerTimeoutAction = exports.KEYS_FunctionParameters = exports.KEYS_FunctionFillers = exports.KEYS_Foreach = exports.KEYS_ExtensiveDataAction = exports.KEYS_Expression = exports.KEYS_ExecuteSwitch = exports.KEYS_ExecuteRpc = exports.KEYS_Execute = exports.KEYS_EnterQueueObject = exports.KEYS_EndOfSpeechTimeoutAction = exports.KEYS_DynamicHint = exports.KEYS_DetectMachine = exports.KEYS_Denoise = void 0;
exports.KEYS_ToggleFunctionsItem = exports.KEYS_ToggleFunctionsAction = exports.KEYS_Tap = exports.KEYS_SwitchArgument = exports.KEYS_Switch = exports.KEYS_SwaigToolResult = exports.KEYS_SummarizeConversationSWAIGFunction = exports.KEYS_SummarizeActionSummarize = exports.KEYS_SummarizeAction = exports.KEYS_StringProperty = exports.KEYS_Stream = exports.KEYS_StopTap = exports.KEYS_StopStream = exports.KEYS_StopRecordCall = exports.KEYS_StopPlaybackBGAction = exports.KEYS_StopDenoise = exports.KEYS_StopAction = exports.KEYS_StartUpHookSWAIGFunction = exports.KEYS_StartActionStart = exports.KEYS_StartAction = exports.KEYS_SpeechEventTimeoutAction = exports.KEYS_Sleep = exports.KEYS_SipRefer = exports.KEYS_SettingsAction = exports.KEYS_Settings = exports.KEYS_SetMetaDataAction = exports.KEYS_SetGlobalDataAction = exports.KEYS_SendFax = exports.KEYS_SendDigits = exports.KEYS_Section = exports.KEYS_SayAction = exports.KEYS_SWMLObject = exports.KEYS_SWMLAction = exports.KEYS_SWAIGInternalFiller = exports.KEYS_SWAIGIncludes = exports.KEYS_SWAIGDefaults = exports.KEYS_SWAIG = exports.KEYS_SMSWithMedia = exports.KEYS_SMSWithBody = exports.KEYS_Request = exports.KEYS_ReplaceInHistoryAction = exports.KEYS_RecordCall = exports.KEYS_RecordArgument = exports.KEYS_ReceiveFax = exports.KEYS_Pronounce = exports.KEYS_Prompt = exports.KEYS_PomSectionBulletsContent = exports.KEYS_PomSectionBodyContent = exports.KEYS_PlaybackBg = exports.KEYS_PlaybackBGAction = void 0;
exports.VARIANTS_Switch_or_list_of_CondReg_or_CondElse = exports.VARIANTS_Sleep_or_int_or_var = exports.VARIANTS_SchemaType = exports.VARIANTS_SWAIG_functions_item = exports.VARIANTS_SMSWithBody_or_SMSWithMedia = exports.VARIANTS_PlayWithURL_or_PlayWithURLS = exports.VARIANTS_PayPrompts_actions_item = exports.VARIANTS_POM = exports.VARIANTS_LiveTranslate_action = exports.VARIANTS_LiveTranscribe_action = exports.VARIANTS_HoldAction_hold = exports.VARIANTS_Execute_result = exports.VARIANTS_ContextsPOMObject_or_ContextsTextObject = exports.VARIANTS_ContextPOMSteps_or_ContextTextSteps = exports.VARIANTS_ConnectDeviceParallel_result = exports.VARIANTS_CondReg_or_CondElse = exports.VARIANTS_BedrockSWAIG_functions_item = exports.VARIANTS_BedrockOutput_action = exports.VARIANTS_AmazonBedrockObject_prompt = exports.VARIANTS_AmazonBedrockObject_post_prompt = exports.VARIANTS_AISidecarParamProperty = exports.VARIANTS_AISidecarObject_prompt = exports.VARIANTS_AIPromptText_or_AIPromptPom = exports.VARIANTS_AIPostPromptText_or_AIPostPromptPom = exports.URL_WSS = exports.URL_HTTP_HTTPS = exports.RE_5 = exports.RE_4 = exports.RE_3 = exports.RE_2 = exports.RE_1 = exports.RE_0 = exports.ONLY_ConnectDestination_confirm_list_item = exports.KEYS_Webhook = exports.KEYS_WaitForUserAction = exports.KEYS_UserSWAIGFunction = exports.KEYS_UserInputAction = exports.KEYS_UserEvent = exports.KEYS_UnsetMetaDataAction = exports.KEYS_UnsetMetaData = exports.KEYS_UnsetGlobalDataAction = exports.KEYS_UnsetGlobalData = exports.KEYS_TurnFillers = exports.KEYS_Transfer = exports.KEYS_TranscribeSummarizeActionSummarize = exports.KEYS_TranscribeSummarizeAction = exports.KEYS_TranscribeStop = exports.KEYS_TranscribeStartActionStart = exports.KEYS_TranscribeStartAction = exports.KEYS_Transcribe = void 0;
exports.VERBS = exports.VARIANTS_verb_connect = exports.VARIANTS_str_or_map_of_any = exports.VARIANTS_str_or_UnsetMetaData = exports.VARIANTS_str_or_UnsetGlobalData = exports.VARIANTS_str_or_SwaigToolResult = exports.VARIANTS_str_or_Hint = exports.VARIANTS_str_or_DynamicHint = exports.VARIANTS_list_of_str_or_TurnFillers = exports.VARIANTS_list_of_str_or_FunctionFillers = void 0;
exports.checkAIObject = checkAIObject;
exports.checkAIParams = checkAIParams;
exports.checkAIPostPromptPom = checkAIPostPromptPom;
exports.checkAIPostPromptText = checkAIPostPromptText;
exports.checkAIPromptPom = checkAIPromptPom;
exports.checkAIPromptText = checkAIPromptText;
exports.checkAISidecarArrayParam = checkAISidecarArrayParam;
exports.checkAISidecarBooleanParam = checkAISidecarBooleanParam;
exports.checkAISidecarFunctionParameters = checkAISidecarFunctionParameters;
exports.checkAISidecarIntegerParam = checkAISidecarIntegerParam;
exports.checkAISidecarNumberParam = checkAISidecarNumberParam;
exports.checkAISidecarObject = checkAISidecarObject;
exports.checkAISidecarObjectParam = checkAISidecarObjectParam;
exports.checkAISidecarParams = checkAISidecarParams;
exports.checkAISidecarPermissions = checkAISidecarPermissions;
exports.checkAISidecarPromptFile = checkAISidecarPromptFile;
exports.checkAISidecarPromptPom = checkAISidecarPromptPom;
exports.checkAISidecarPromptText = checkAISidecarPromptText;
exports.checkAISidecarSWAIG = checkAISidecarSWAIG;
exports.checkAISidecarSWAIGDefaults = checkAISidecarSWAIGDefaults;
exports.checkAISidecarSWAIGFunction = checkAISidecarSWAIGFunction;
exports.checkAISidecarStringParam = checkAISidecarStringParam;
exports.checkAISidecarSummarizeAction = checkAISidecarSummarizeAction;
exports.checkAISidecarSummarizeActionSummarize = checkAISidecarSummarizeActionSummarize;
exports.checkAddDynamicHintsAction = checkAddDynamicHintsAction;
exports.checkAllOfProperty = checkAllOfProperty;
exports.checkAmazonBedrockObject = checkAmazonBedrockObject;
exports.checkAnswer = checkAnswer;
exports.checkAnyOfProperty = checkAnyOfProperty;
exports.checkArrayProperty = checkArrayProperty;
exports.checkBedrockDataMap = checkBedrockDataMap;
exports.checkBedrockExpression = checkBedrockExpression;
exports.checkBedrockOutput = checkBedrockOutput;
exports.checkBedrockParams = checkBedrockParams;
exports.checkBedrockSWAIG = checkBedrockSWAIG;
exports.checkBedrockSWAIGFunction1 = checkBedrockSWAIGFunction1;
exports.checkBedrockSWAIGFunction2 = checkBedrockSWAIGFunction2;
exports.checkBedrockSWAIGFunction3 = checkBedrockSWAIGFunction3;
exports.checkBedrockSWAIGFunction4 = checkBedrockSWAIGFunction4;
exports.checkBedrockWebhook = checkBedrockWebhook;
exports.checkBooleanProperty = checkBooleanProperty;
exports.checkChangeContextAction = checkChangeContextAction;
exports.checkChangeStepAction = checkChangeStepAction;
exports.checkChangeVoiceAction = checkChangeVoiceAction;
exports.checkClearDynamicHints = checkClearDynamicHints;
exports.checkClearDynamicHintsAction = checkClearDynamicHintsAction;
exports.checkCondElse = checkCondElse;
exports.checkCondReg = checkCondReg;
exports.checkConnectDestination = checkConnectDestination;
exports.checkConnectDeviceParallel = checkConnectDeviceParallel;
exports.checkConnectDeviceSerial = checkConnectDeviceSerial;
exports.checkConnectDeviceSerialParallel = checkConnectDeviceSerialParallel;
exports.checkConnectDeviceSingle = checkConnectDeviceSingle;
exports.checkConnectHeaders = checkConnectHeaders;
exports.checkConnectSwitch = checkConnectSwitch;
exports.checkConstProperty = checkConstProperty;
exports.checkContextPOMSteps = checkContextPOMSteps;
exports.checkContextSwitch = checkContextSwitch;
exports.checkContextSwitchAction = checkContextSwitchAction;
exports.checkContextTextSteps = checkContextTextSteps;
exports.checkContexts = checkContexts;
exports.checkContextsPOMObject = checkContextsPOMObject;
exports.checkContextsTextObject = checkContextsTextObject;
exports.checkConversationMessage = checkConversationMessage;
exports.checkDataMap = checkDataMap;
exports.checkDenoise = checkDenoise;
exports.checkDetectMachine = checkDetectMachine;
exports.checkDynamicHint = checkDynamicHint;
exports.checkEndOfSpeechTimeoutAction = checkEndOfSpeechTimeoutAction;
exports.checkEnterQueueObject = checkEnterQueueObject;
exports.checkExecute = checkExecute;
exports.checkExecuteRpc = checkExecuteRpc;
exports.checkExecuteSwitch = checkExecuteSwitch;
exports.checkExpression = checkExpression;
exports.checkExtensiveDataAction = checkExtensiveDataAction;
exports.checkForeach = checkForeach;
exports.checkFunctionFillers = checkFunctionFillers;
exports.checkFunctionParameters = checkFunctionParameters;
exports.checkFunctionsOnSpeakerTimeoutAction = checkFunctionsOnSpeakerTimeoutAction;
exports.checkGoto = checkGoto;
exports.checkHangUpHookSWAIGFunction = checkHangUpHookSWAIGFunction;
exports.checkHangup = checkHangup;
exports.checkHangupAction = checkHangupAction;
exports.checkHint = checkHint;
exports.checkHold = checkHold;
exports.checkHoldAction = checkHoldAction;
exports.checkInject = checkInject;
exports.checkInjectAction = checkInjectAction;
exports.checkIntegerProperty = checkIntegerProperty;
exports.checkJoinConference = checkJoinConference;
exports.checkJoinConferenceStream = checkJoinConferenceStream;
exports.checkJoinRoom = checkJoinRoom;
exports.checkLanguageParams = checkLanguageParams;
exports.checkLanguages = checkLanguages;
exports.checkLiveTranscribe = checkLiveTranscribe;
exports.checkLiveTranslate = checkLiveTranslate;
exports.checkMCPServer = checkMCPServer;
exports.checkMultilingual = checkMultilingual;
exports.checkMultilingualLanguage = checkMultilingualLanguage;
exports.checkNullProperty = checkNullProperty;
exports.checkNumberProperty = checkNumberProperty;
exports.checkObjectProperty = checkObjectProperty;
exports.checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps = checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps;
exports.checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps = checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps;
exports.checkOmitPropertiesBedrockPromptPomOmittedPromptProps = checkOmitPropertiesBedrockPromptPomOmittedPromptProps;
exports.checkOmitPropertiesBedrockPromptTextOmittedPromptProps = checkOmitPropertiesBedrockPromptTextOmittedPromptProps;
exports.checkOneOfProperty = checkOneOfProperty;
exports.checkOutput = checkOutput;
exports.checkPay = checkPay;
exports.checkPayParameters = checkPayParameters;
exports.checkPayPromptPlayAction = checkPayPromptPlayAction;
exports.checkPayPromptSayAction = checkPayPromptSayAction;
exports.checkPayPrompts = checkPayPrompts;
exports.checkPlayWithURL = checkPlayWithURL;
exports.checkPlayWithURLS = checkPlayWithURLS;
exports.checkPlaybackBGAction = checkPlaybackBGAction;
exports.checkPlaybackBg = checkPlaybackBg;
exports.checkPomSectionBodyContent = checkPomSectionBodyContent;
exports.checkPomSectionBulletsContent = checkPomSectionBulletsContent;
exports.checkPrompt = checkPrompt;
exports.checkPronounce = checkPronounce;
exports.checkReceiveFax = checkReceiveFax;
exports.checkRecordArgument = checkRecordArgument;
exports.checkRecordCall = checkRecordCall;
exports.checkReplaceInHistoryAction = checkReplaceInHistoryAction;
exports.checkRequest = checkRequest;
exports.checkSMSWithBody = checkSMSWithBody;
exports.checkSMSWithMedia = checkSMSWithMedia;
exports.checkSWAIG = checkSWAIG;
exports.checkSWAIGDefaults = checkSWAIGDefaults;
exports.checkSWAIGIncludes = checkSWAIGIncludes;
exports.checkSWAIGInternalFiller = checkSWAIGInternalFiller;
exports.checkSWMLAction = checkSWMLAction;
exports.checkSWMLObject = checkSWMLObject;
exports.checkSayAction = checkSayAction;
exports.checkSection = checkSection;
exports.checkSendDigits = checkSendDigits;
exports.checkSendFax = checkSendFax;
exports.checkSetGlobalDataAction = checkSetGlobalDataAction;
exports.checkSetMetaDataAction = checkSetMetaDataAction;
exports.checkSettings = checkSettings;
exports.checkSettingsAction = checkSettingsAction;
exports.checkSipRefer = checkSipRefer;
exports.checkSleep = checkSleep;
exports.checkSpeechEventTimeoutAction = checkSpeechEventTimeoutAction;
exports.checkStartAction = checkStartAction;
exports.checkStartActionStart = checkStartActionStart;
exports.checkStartUpHookSWAIGFunction = checkStartUpHookSWAIGFunction;
exports.checkStopAction = checkStopAction;
exports.checkStopDenoise = checkStopDenoise;
exports.checkStopPlaybackBGAction = checkStopPlaybackBGAction;
exports.checkStopRecordCall = checkStopRecordCall;
exports.checkStopStream = checkStopStream;
exports.checkStopTap = checkStopTap;
exports.checkStream = checkStream;
exports.checkStringProperty = checkStringProperty;
exports.checkSummarizeAction = checkSummarizeAction;
exports.checkSummarizeActionSummarize = checkSummarizeActionSummarize;
exports.checkSummarizeConversationSWAIGFunction = checkSummarizeConversationSWAIGFunction;
exports.checkSwaigToolResult = checkSwaigToolResult;
exports.checkSwitch = checkSwitch;
exports.checkSwitchArgument = checkSwitchArgument;
exports.checkTap = checkTap;
exports.checkToggleFunctionsAction = checkToggleFunctionsAction;
exports.checkToggleFunctionsItem = checkToggleFunctionsItem;
exports.checkTranscribe = checkTranscribe;
exports.checkTranscribeStartAction = checkTranscribeStartAction;
exports.checkTranscribeStartActionStart = checkTranscribeStartActionStart;
exports.checkTranscribeStop = checkTranscribeStop;
exports.checkTranscribeSummarizeAction = checkTranscribeSummarizeAction;
exports.checkTranscribeSummarizeActionSummarize = checkTranscribeSummarizeActionSummarize;
exports.checkTransfer = checkTransfer;
exports.checkTurnFillers = checkTurnFillers;
exports.checkUnsetGlobalData = checkUnsetGlobalData;
exports.checkUnsetGlobalDataAction = checkUnsetGlobalDataAction;
exports.checkUnsetMetaData = checkUnsetMetaData;
exports.checkUnsetMetaDataAction = checkUnsetMetaDataAction;
exports.checkUserEvent = checkUserEvent;
exports.checkUserInputAction = checkUserInputAction;
exports.checkUserSWAIGFunction = checkUserSWAIGFunction;
exports.checkWaitForUserAction = checkWaitForUserAction;
exports.checkWebhook = checkWebhook;
exports.checkAISidecarParamProperty = checkAISidecarParamProperty;
exports.checkPOM = checkPOM;
exports.checkSchemaType = checkSchemaType;
exports._verb_label = _verb_label;
exports._AIPromptText_or_AIPromptPom = _AIPromptText_or_AIPromptPom;
exports._map_of_any = _map_of_any;
exports._list_of_str_or_Hint = _list_of_str_or_Hint;
exports._list_of_Languages = _list_of_Languages;
exports._AIPostPromptText_or_AIPostPromptPom = _AIPostPromptText_or_AIPostPromptPom;
exports._list_of_Pronounce = _list_of_Pronounce;
exports._list_of_ConversationMessage = _list_of_ConversationMessage;
exports._bool_or_list_of_str_or_var = _bool_or_list_of_str_or_var;
exports._AIPostPromptPom_pom = _AIPostPromptPom_pom;
exports._map_of_AISidecarParamProperty = _map_of_AISidecarParamProperty;
exports._list_of_str = _list_of_str;
exports._list_of_int = _list_of_int;
exports._list_of_number = _list_of_number;
exports._AISidecarObject_prompt = _AISidecarObject_prompt;
exports._list_of_TranscribeDirection = _list_of_TranscribeDirection;
exports._AISidecarObject_hints = _AISidecarObject_hints;
exports._list_of_AISidecarSWAIGFunction = _list_of_AISidecarSWAIGFunction;
exports._list_of_MCPServer = _list_of_MCPServer;
exports._list_of_str_or_DynamicHint = _list_of_str_or_DynamicHint;
exports._list_of_SchemaType = _list_of_SchemaType;
exports._AmazonBedrockObject_prompt = _AmazonBedrockObject_prompt;
exports._AmazonBedrockObject_post_prompt = _AmazonBedrockObject_post_prompt;
exports._list_of_any = _list_of_any;
exports._list_of_BedrockExpression = _list_of_BedrockExpression;
exports._list_of_BedrockWebhook = _list_of_BedrockWebhook;
exports._BedrockOutput_action = _BedrockOutput_action;
exports._BedrockSWAIG_functions = _BedrockSWAIG_functions;
exports._str_or_list_of_str = _str_or_list_of_str;
exports._list_of_method = _list_of_method;
exports._list_of_ConnectHeaders = _list_of_ConnectHeaders;
exports._list_of_CallStatus = _list_of_CallStatus;
exports._ConnectDestination_confirm = _ConnectDestination_confirm;
exports._map_of_str = _map_of_str;
exports._list_of_ConnectDestination = _list_of_ConnectDestination;
exports._ConnectDeviceParallel_result = _ConnectDeviceParallel_result;
exports._list_of_list_of_ConnectDestination = _list_of_list_of_ConnectDestination;
exports._map_of_list_of_method = _map_of_list_of_method;
exports._list_of_POM = _list_of_POM;
exports._ContextsPOMObject_or_ContextsTextObject = _ContextsPOMObject_or_ContextsTextObject;
exports._list_of_ContextPOMSteps_or_ContextTextSteps = _list_of_ContextPOMSteps_or_ContextTextSteps;
exports._list_of_Expression = _list_of_Expression;
exports._list_of_Webhook = _list_of_Webhook;
exports._Execute_result = _Execute_result;
exports._map_of_SchemaType = _map_of_SchemaType;
exports._HangUpHookSWAIGFunction_data_map = _HangUpHookSWAIGFunction_data_map;
exports._HoldAction_hold = _HoldAction_hold;
exports._joined_StatusCallbackEvent = _joined_StatusCallbackEvent;
exports._joined_RecordingStatusCallbackEvent = _joined_RecordingStatusCallbackEvent;
exports._Switch_or_list_of_CondReg_or_CondElse = _Switch_or_list_of_CondReg_or_CondElse;
exports._Languages_code = _Languages_code;
exports._LiveTranscribe_action = _LiveTranscribe_action;
exports._LiveTranslate_action = _LiveTranslate_action;
exports._list_of_MultilingualLanguage = _list_of_MultilingualLanguage;
exports._list_of_str_or_FunctionFillers = _list_of_str_or_FunctionFillers;
exports._list_of_str_or_TurnFillers = _list_of_str_or_TurnFillers;
exports._list_of_int_or_number_or_list_of_var = _list_of_int_or_number_or_list_of_var;
exports._str_or_SwaigToolResult = _str_or_SwaigToolResult;
exports._list_of_PayParameters = _list_of_PayParameters;
exports._list_of_PayPrompts = _list_of_PayPrompts;
exports._PayPrompts_actions = _PayPrompts_actions;
exports._PlayWithURLS_urls = _PlayWithURLS_urls;
exports._Prompt_play = _Prompt_play;
exports._list_of_str_or_list_of_var = _list_of_str_or_list_of_var;
exports._str_or_map_of_any = _str_or_map_of_any;
exports._list_of_SWAIGNativeFunction = _list_of_SWAIGNativeFunction;
exports._list_of_SWAIGIncludes = _list_of_SWAIGIncludes;
exports._SWAIG_functions = _SWAIG_functions;
exports._list_of_TranslateDirection = _list_of_TranslateDirection;
exports._list_of_ToggleFunctionsItem = _list_of_ToggleFunctionsItem;
exports._str_or_UnsetGlobalData = _str_or_UnsetGlobalData;
exports._str_or_UnsetMetaData = _str_or_UnsetMetaData;
exports._list_of_CondReg_or_CondElse = _list_of_CondReg_or_CondElse;
exports._verb_connect = _verb_connect;
exports._PlayWithURL_or_PlayWithURLS = _PlayWithURL_or_PlayWithURLS;
exports._any = _any;
exports._SMSWithBody_or_SMSWithMedia = _SMSWithBody_or_SMSWithMedia;
exports._Sleep_or_int_or_var = _Sleep_or_int_or_var;
exports._str_or_Hint = _str_or_Hint;
exports._str_or_DynamicHint = _str_or_DynamicHint;
exports._BedrockOutput_action_list = _BedrockOutput_action_list;
exports._BedrockSWAIG_functions_item = _BedrockSWAIG_functions_item;
exports._ConnectDestination_confirm_list = _ConnectDestination_confirm_list;
exports._ContextPOMSteps_or_ContextTextSteps = _ContextPOMSteps_or_ContextTextSteps;
exports._Languages_code_list = _Languages_code_list;
exports._list_of_int_or_number = _list_of_int_or_number;
exports._list_of_var = _list_of_var;
exports._PayPrompts_actions_item = _PayPrompts_actions_item;
exports._PlayWithURLS_urls_list = _PlayWithURLS_urls_list;
exports._SWAIG_functions_item = _SWAIG_functions_item;
exports._CondReg_or_CondElse = _CondReg_or_CondElse;
exports._BedrockOutput_action_list_item = _BedrockOutput_action_list_item;
exports._ConnectDestination_confirm_list_item = _ConnectDestination_confirm_list_item;
exports.checkMethod = checkMethod;
/**
 * Checkers for every object, union and verb of the spec, each `(value, path) => JSON copy`.
 *
 * A checker throws `Invalid(path, value, expected)` for the first fault it finds; the chaining
 * methods of `SWML` and `FunctionResult` turn that into `InvalidArgumentError`; `validate` reads
 * the constants too. Internal: the package exports the methods, not these.
 */
const runtime_js_1 = require("./runtime.js");
exports.E_Beep = new Set(["false", "onEnter", "onExit", "true"]);
exports.E_CallStatus = new Set(["answered", "created", "ended", "ringing"]);
exports.E_CallbackEventType = new Set(["cxml", "laml", "relay"]);
exports.E_Codec = new Set(["PCMA", "PCMU"]);
exports.E_ConversationRole = new Set(["assistant", "system", "user"]);
exports.E_Direction = new Set(["inbound", "outbound"]);
exports.E_Emotion = new Set([
    "angry",
    "disgusted",
    "fearful",
    "happy",
    "neutral",
    "sad",
    "surprised",
]);
exports.E_EnableTextNormalization = new Set([
    "both",
    "false",
    "heard",
    "none",
    "off",
    "on",
    "spoken",
    "true",
]);
exports.E_Encryption = new Set(["forbidden", "mandatory", "optional"]);
exports.E_Format = new Set(["mp3", "mp4", "wav"]);
exports.E_HttpMethod = new Set(["GET", "POST"]);
exports.E_Method = new Set(["DELETE", "GET", "POST", "PUT"]);
exports.E_PomFormat = new Set(["markdown", "xml"]);
exports.E_Reason = new Set(["busy", "decline", "hangup"]);
exports.E_Record = new Set(["do-not-record", "record-from-start"]);
exports.E_RecordCallDirection = new Set(["both", "listen", "speak"]);
exports.E_RecordDirection = new Set(["listen", "speak"]);
exports.E_RecordingStatusCallbackEvent = new Set(["absent", "completed", "in-progress"]);
exports.E_Region = new Set(["ch", "eu", "global", "us"]);
exports.E_SWAIGNativeFunction = new Set([
    "adjust_response_latency",
    "check_time",
    "wait_for_user",
    "wait_seconds",
]);
exports.E_SpeechEngine = new Set(["deepgram", "google"]);
exports.E_StatusCallbackEvent = new Set([
    "announcement",
    "end",
    "hold",
    "join",
    "leave",
    "modify",
    "mute",
    "speaker",
    "start",
]);
exports.E_StatusUrlMethod = new Set(["GET", "POST"]);
exports.E_StringFormat = new Set([
    "date",
    "date_time",
    "duration",
    "email",
    "hostname",
    "ipv4",
    "ipv6",
    "time",
    "uri",
    "uuid",
]);
exports.E_SummaryMode = new Set(["original", "string"]);
exports.E_TapDirection = new Set(["both", "listen", "speak"]);
exports.E_TokenType = new Set(["one-time", "reusable"]);
exports.E_Tone = new Set(["CED", "CNG"]);
exports.E_Track = new Set(["both_tracks", "inbound_track", "outbound_track"]);
exports.E_TranscribeDirection = new Set(["local-caller", "remote-caller"]);
exports.E_TranslateDirection = new Set(["local-caller", "remote-caller"]);
exports.E_TranslationFilterPreset = new Set([
    "gen-z",
    "polite",
    "professional",
    "rude",
    "shakespeare",
]);
exports.E_Trim = new Set(["do-not-trim", "trim-silence"]);
exports.E_TtsNumberFormat = new Set(["international", "national"]);
exports.E_VoiceId = new Set(["amy", "carlos", "lupe", "matthew", "tiffany"]);
exports.KEYS_AIObject = new Set([
    "SWAIG",
    "global_data",
    "hints",
    "languages",
    "multilingual",
    "params",
    "post_prompt",
    "post_prompt_url",
    "prompt",
    "pronounce",
]);
exports.KEYS_AIParams = new Set([
    "acknowledge_interruptions",
    "ai_model",
    "ai_name",
    "ai_volume",
    "app_name",
    "asr_diarize",
    "asr_smart_format",
    "asr_speaker_affinity",
    "attention_timeout",
    "attention_timeout_prompt",
    "audible_debug",
    "audible_latency",
    "auto_correct",
    "background_file",
    "background_file_loops",
    "background_file_volume",
    "barge_functions",
    "barge_match_string",
    "barge_min_words",
    "cache_mode",
    "conscience",
    "conversation_id",
    "conversation_sliding_window",
    "convo",
    "debug",
    "debug_webhook_level",
    "debug_webhook_url",
    "digit_terminators",
    "digit_timeout",
    "direction",
    "eleven_labs_similarity",
    "eleven_labs_stability",
    "enable_accounting",
    "enable_barge",
    "enable_inner_dialog",
    "enable_pause",
    "enable_text_normalization",
    "enable_thinking",
    "enable_turn_detection",
    "enable_vision",
    "end_of_speech_timeout",
    "energy_level",
    "first_word_timeout",
    "function_wait_for_talking",
    "functions_on_no_response",
    "hard_stop_prompt",
    "hard_stop_time",
    "hold_music",
    "hold_on_process",
    "inactivity_timeout",
    "initial_sleep_ms",
    "inner_dialog_model",
    "inner_dialog_prompt",
    "inner_dialog_synced",
    "input_poll_freq",
    "interrupt_on_noise",
    "interrupt_prompt",
    "languages_enabled",
    "llm_diarize_aware",
    "local_tz",
    "max_emotion",
    "max_response_tokens",
    "openai_asr_engine",
    "outbound_attention_timeout",
    "persist_global_data",
    "pom_format",
    "redact_prompt",
    "save_conversation",
    "speak_when_spoken_to",
    "speech_event_timeout",
    "speech_gen_quick_stops",
    "speech_timeout",
    "start_paused",
    "static_greeting",
    "static_greeting_no_barge",
    "summary_mode",
    "swaig_allow_settings",
    "swaig_allow_swml",
    "swaig_post_conversation",
    "swaig_post_swml_vars",
    "swaig_set_global_data",
    "thinking_model",
    "transfer_summary",
    "transparent_barge",
    "transparent_barge_max_time",
    "tts_number_format",
    "turn_detection_timeout",
    "turn_filler_every_n",
    "turn_filler_min_ms",
    "turn_filler_sources",
    "utility_model",
    "vad_config",
    "verbose_logs",
    "video_idle_file",
    "video_listening_file",
    "video_talking_file",
    "vision_model",
    "wait_for_user",
    "wake_prefix",
]);
exports.KEYS_AIPostPromptPom = new Set([
    "confidence",
    "frequency_penalty",
    "max_tokens",
    "pom",
    "presence_penalty",
    "temperature",
    "top_p",
]);
exports.KEYS_AIPostPromptText = new Set([
    "confidence",
    "frequency_penalty",
    "max_tokens",
    "presence_penalty",
    "temperature",
    "text",
    "top_p",
]);
exports.KEYS_AIPromptPom = new Set([
    "confidence",
    "contexts",
    "frequency_penalty",
    "max_tokens",
    "pom",
    "presence_penalty",
    "temperature",
    "top_p",
]);
exports.KEYS_AIPromptText = new Set([
    "confidence",
    "contexts",
    "frequency_penalty",
    "max_tokens",
    "presence_penalty",
    "temperature",
    "text",
    "top_p",
]);
exports.KEYS_AISidecarArrayParam = new Set(["description", "items", "type"]);
exports.KEYS_AISidecarBooleanParam = new Set(["default", "description", "type"]);
exports.KEYS_AISidecarFunctionParameters = new Set(["properties", "required", "type"]);
exports.KEYS_AISidecarIntegerParam = new Set(["default", "description", "enum", "type"]);
exports.KEYS_AISidecarNumberParam = new Set(["default", "description", "enum", "type"]);
exports.KEYS_AISidecarObject = new Set([
    "SWAIG",
    "action",
    "customer_role",
    "direction",
    "global_data",
    "hints",
    "lang",
    "model",
    "params",
    "permissions",
    "prompt",
    "url",
]);
exports.KEYS_AISidecarObjectParam = new Set(["description", "properties", "required", "type"]);
exports.KEYS_AISidecarParams = new Set([
    "act_on_channel",
    "ai_summary",
    "ai_summary_prompt",
    "debug",
    "debug_level",
    "final_summary",
    "idle_timeout_ms",
    "live_events",
    "max_history_tokens",
    "max_iters_per_tick",
    "min_interval_ms",
    "speech_engine",
    "speech_timeout",
    "summary_model",
    "transcribe_prompt",
    "vad_silence_ms",
    "vad_thresh",
    "verbose_utterances",
]);
exports.KEYS_AISidecarPermissions = new Set([
    "swaig_allow_settings",
    "swaig_allow_swml",
    "swaig_set_global_data",
]);
exports.KEYS_AISidecarPromptFile = new Set(["file"]);
exports.KEYS_AISidecarPromptPom = new Set(["pom"]);
exports.KEYS_AISidecarPromptText = new Set(["text"]);
exports.KEYS_AISidecarSWAIG = new Set(["defaults", "functions", "mcp_servers"]);
exports.KEYS_AISidecarSWAIGDefaults = new Set([
    "web_hook_auth_password",
    "web_hook_auth_user",
    "web_hook_url",
]);
exports.KEYS_AISidecarSWAIGFunction = new Set([
    "description",
    "function",
    "parameters",
    "purpose",
    "web_hook_auth_password",
    "web_hook_auth_user",
    "web_hook_url",
]);
exports.KEYS_AISidecarStringParam = new Set(["default", "description", "enum", "type"]);
exports.KEYS_AISidecarSummarizeAction = new Set(["summarize"]);
exports.KEYS_AISidecarSummarizeActionSummarize = new Set(["prompt", "webhook"]);
exports.KEYS_AddDynamicHintsAction = new Set(["add_dynamic_hints"]);
exports.KEYS_AllOfProperty = new Set(["allOf"]);
exports.KEYS_AmazonBedrockObject = new Set([
    "SWAIG",
    "global_data",
    "params",
    "post_prompt",
    "post_prompt_url",
    "prompt",
]);
exports.KEYS_Answer = new Set(["codecs", "max_duration", "password", "username"]);
exports.KEYS_AnyOfProperty = new Set(["anyOf"]);
exports.KEYS_ArrayProperty = new Set(["default", "description", "items", "nullable", "type"]);
exports.KEYS_BedrockDataMap = new Set(["expressions", "output", "webhooks"]);
exports.KEYS_BedrockExpression = new Set(["output", "pattern", "string"]);
exports.KEYS_BedrockOutput = new Set(["action", "response"]);
exports.KEYS_BedrockParams = new Set([
    "attention_timeout",
    "hard_stop_prompt",
    "hard_stop_time",
    "inactivity_timeout",
    "video_idle_file",
    "video_listening_file",
    "video_talking_file",
]);
exports.KEYS_BedrockSWAIG = new Set(["defaults", "functions"]);
exports.KEYS_BedrockSWAIGFunction1 = new Set([
    "active",
    "data_map",
    "description",
    "function",
    "meta_data",
    "meta_data_token",
    "parameters",
    "web_hook_url",
]);
exports.KEYS_BedrockSWAIGFunction2 = new Set([
    "active",
    "data_map",
    "description",
    "function",
    "meta_data",
    "meta_data_token",
    "parameters",
    "web_hook_url",
]);
exports.KEYS_BedrockSWAIGFunction3 = new Set([
    "active",
    "data_map",
    "description",
    "function",
    "meta_data",
    "meta_data_token",
    "parameters",
    "web_hook_url",
]);
exports.KEYS_BedrockSWAIGFunction4 = new Set([
    "active",
    "data_map",
    "description",
    "function",
    "meta_data",
    "meta_data_token",
    "parameters",
    "web_hook_url",
]);
exports.KEYS_BedrockWebhook = new Set([
    "error_keys",
    "expressions",
    "foreach",
    "headers",
    "input_args_as_params",
    "method",
    "output",
    "params",
    "require_args",
    "url",
]);
exports.KEYS_BooleanProperty = new Set(["default", "description", "nullable", "type"]);
exports.KEYS_ChangeContextAction = new Set(["change_context"]);
exports.KEYS_ChangeStepAction = new Set(["change_step"]);
exports.KEYS_ChangeVoiceAction = new Set(["change_voice"]);
exports.KEYS_ClearDynamicHints = new Set();
exports.KEYS_ClearDynamicHintsAction = new Set(["clear_dynamic_hints"]);
exports.KEYS_CondElse = new Set(["else"]);
exports.KEYS_CondReg = new Set(["else", "then", "when"]);
exports.KEYS_ConnectDestination = new Set([
    "authorization_bearer_token",
    "call_state_events",
    "call_state_url",
    "codec",
    "codecs",
    "confirm",
    "confirm_timeout",
    "custom_parameters",
    "encryption",
    "from",
    "from_name",
    "headers",
    "name",
    "password",
    "realtime",
    "session_timeout",
    "status_url_method",
    "timeout",
    "to",
    "username",
    "webrtc_media",
]);
exports.KEYS_ConnectDeviceParallel = new Set([
    "answer_on_bridge",
    "call_state_events",
    "call_state_url",
    "codecs",
    "confirm",
    "confirm_timeout",
    "encryption",
    "from",
    "from_name",
    "headers",
    "max_duration",
    "parallel",
    "result",
    "ringback",
    "session_timeout",
    "status_url",
    "timeout",
    "transfer_after_bridge",
    "webrtc_media",
]);
exports.KEYS_ConnectDeviceSerial = new Set([
    "answer_on_bridge",
    "call_state_events",
    "call_state_url",
    "codecs",
    "confirm",
    "confirm_timeout",
    "encryption",
    "from",
    "from_name",
    "headers",
    "max_duration",
    "result",
    "ringback",
    "serial",
    "session_timeout",
    "status_url",
    "timeout",
    "transfer_after_bridge",
    "webrtc_media",
]);
exports.KEYS_ConnectDeviceSerialParallel = new Set([
    "answer_on_bridge",
    "call_state_events",
    "call_state_url",
    "codecs",
    "confirm",
    "confirm_timeout",
    "encryption",
    "from",
    "from_name",
    "headers",
    "max_duration",
    "result",
    "ringback",
    "serial_parallel",
    "session_timeout",
    "status_url",
    "timeout",
    "transfer_after_bridge",
    "webrtc_media",
]);
exports.KEYS_ConnectDeviceSingle = new Set([
    "answer_on_bridge",
    "authorization_bearer_token",
    "call_state_events",
    "call_state_url",
    "codec",
    "codecs",
    "confirm",
    "confirm_timeout",
    "custom_parameters",
    "encryption",
    "from",
    "from_name",
    "headers",
    "max_duration",
    "name",
    "password",
    "realtime",
    "result",
    "ringback",
    "session_timeout",
    "status_url",
    "status_url_method",
    "timeout",
    "to",
    "transfer_after_bridge",
    "username",
    "webrtc_media",
]);
exports.KEYS_ConnectHeaders = new Set(["name", "value"]);
exports.KEYS_ConnectSwitch = new Set(["case", "default", "variable"]);
exports.KEYS_ConstProperty = new Set(["const"]);
exports.KEYS_ContextPOMSteps = new Set([
    "end",
    "functions",
    "name",
    "pom",
    "skip_user_turn",
    "step_criteria",
    "valid_contexts",
    "valid_steps",
]);
exports.KEYS_ContextSwitch = new Set([
    "consolidate",
    "full_reset",
    "system_prompt",
    "user_prompt",
]);
exports.KEYS_ContextSwitchAction = new Set(["context_switch"]);
exports.KEYS_ContextTextSteps = new Set([
    "end",
    "functions",
    "name",
    "skip_user_turn",
    "step_criteria",
    "text",
    "valid_contexts",
    "valid_steps",
]);
exports.KEYS_Contexts = new Set(["default"]);
exports.KEYS_ContextsPOMObject = new Set([
    "enter_fillers",
    "exit_fillers",
    "isolated",
    "pom",
    "steps",
]);
exports.KEYS_ContextsTextObject = new Set([
    "enter_fillers",
    "exit_fillers",
    "isolated",
    "steps",
    "text",
]);
exports.KEYS_ConversationMessage = new Set(["content", "lang", "role"]);
exports.KEYS_DataMap = new Set(["expressions", "output", "webhooks"]);
exports.KEYS_Denoise = new Set();
exports.KEYS_DetectMachine = new Set([
    "detect_message_end",
    "detectors",
    "end_silence_timeout",
    "initial_timeout",
    "machine_ready_timeout",
    "machine_voice_threshold",
    "machine_words_threshold",
    "status_url",
    "timeout",
    "tone",
    "wait",
]);
exports.KEYS_DynamicHint = new Set(["ignore_case", "pattern", "replace"]);
exports.KEYS_EndOfSpeechTimeoutAction = new Set(["end_of_speech_timeout"]);
exports.KEYS_EnterQueueObject = new Set([
    "queue_name",
    "status_url",
    "transfer_after_bridge",
    "wait_time",
    "wait_url",
]);
exports.KEYS_Execute = new Set(["dest", "meta", "on_return", "params", "result"]);
exports.KEYS_ExecuteRpc = new Set(["call_id", "method", "node_id", "params"]);
exports.KEYS_ExecuteSwitch = new Set(["case", "default", "variable"]);
exports.KEYS_Expression = new Set(["output", "pattern", "string"]);
exports.KEYS_ExtensiveDataAction = new Set(["extensive_data"]);
exports.KEYS_Foreach = new Set(["append", "input_key", "max", "output_key"]);
exports.KEYS_FunctionFillers = new Set([
    "auto",
    "bg",
    "ca",
    "cs",
    "da",
    "da-DK",
    "de",
    "de-CH",
    "default",
    "el",
    "en",
    "en-AU",
    "en-GB",
    "en-IN",
    "en-NZ",
    "en-US",
    "es",
    "es-419",
    "et",
    "fi",
    "fr",
    "fr-CA",
    "hi",
    "hu",
    "id",
    "it",
    "ja",
    "ko",
    "ko-KR",
    "lt",
    "lv",
    "ms",
    "multi",
    "nl",
    "nl-BE",
    "no",
    "pl",
    "pt",
    "pt-BR",
    "pt-PT",
    "ro",
    "ru",
    "sk",
    "sv",
    "sv-SE",
    "th",
    "th-TH",
    "tr",
    "uk",
    "vi",
    "zh",
    "zh-CN",
    "zh-HK",
    "zh-Hans",
    "zh-Hant",
    "zh-TW",
]);
exports.KEYS_FunctionParameters = new Set(["properties", "required", "type"]);
exports.KEYS_FunctionsOnSpeakerTimeoutAction = new Set(["functions_on_speaker_timeout"]);
exports.KEYS_Goto = new Set(["label", "max", "when"]);
exports.KEYS_HangUpHookSWAIGFunction = new Set([
    "active",
    "argument",
    "data_map",
    "description",
    "fillers",
    "function",
    "meta_data",
    "meta_data_token",
    "parameters",
    "purpose",
    "skip_fillers",
    "wait_file",
    "wait_file_loops",
    "wait_for_fillers",
    "web_hook_url",
]);
exports.KEYS_Hangup = new Set(["reason"]);
exports.KEYS_HangupAction = new Set(["hangup"]);
exports.KEYS_Hint = new Set(["hint", "ignore_case", "pattern", "replace"]);
exports.KEYS_Hold = new Set(["timeout"]);
exports.KEYS_HoldAction = new Set(["hold"]);
exports.KEYS_Inject = new Set(["direction", "message"]);
exports.KEYS_InjectAction = new Set(["inject"]);
exports.KEYS_IntegerProperty = new Set(["default", "description", "enum", "nullable", "type"]);
exports.KEYS_JoinConference = new Set([
    "beep",
    "coach",
    "end_on_exit",
    "max_participants",
    "muted",
    "name",
    "record",
    "recording_status_callback",
    "recording_status_callback_event",
    "recording_status_callback_event_type",
    "recording_status_callback_method",
    "region",
    "result",
    "start_on_enter",
    "status_callback",
    "status_callback_event",
    "status_callback_event_type",
    "status_callback_method",
    "stream",
    "trim",
    "wait_url",
]);
exports.KEYS_JoinConferenceStream = new Set([
    "authorization_bearer_token",
    "codec",
    "custom_parameters",
    "name",
    "realtime",
    "status_url",
    "status_url_method",
    "url",
]);
exports.KEYS_JoinRoom = new Set(["name"]);
exports.KEYS_LanguageParams = new Set([
    "emotion",
    "pitch",
    "similarity",
    "speakingRate",
    "speed",
    "stability",
    "temperature",
    "vol",
]);
exports.KEYS_Languages = new Set([
    "auto_emotion",
    "auto_speed",
    "code",
    "engine",
    "fillers",
    "function_fillers",
    "listen_language",
    "model",
    "name",
    "params",
    "pronounce",
    "speech_fillers",
    "turn_fillers",
    "voice",
]);
exports.KEYS_LiveTranscribe = new Set(["action"]);
exports.KEYS_LiveTranslate = new Set(["action"]);
exports.KEYS_MCPServer = new Set(["headers", "resource_vars", "resources", "url"]);
exports.KEYS_Multilingual = new Set([
    "allowed",
    "engine",
    "fillers",
    "function_fillers",
    "languages",
    "min_switch_words",
    "model",
    "provider",
    "start_language",
    "turn_fillers",
]);
exports.KEYS_MultilingualLanguage = new Set([
    "engine",
    "language",
    "model",
    "params",
    "voice",
]);
exports.KEYS_NullProperty = new Set(["description", "type"]);
exports.KEYS_NumberProperty = new Set(["default", "description", "enum", "nullable", "type"]);
exports.KEYS_ObjectProperty = new Set([
    "default",
    "description",
    "nullable",
    "properties",
    "required",
    "type",
]);
exports.KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps = new Set([
    "confidence",
    "frequency_penalty",
    "max_tokens",
    "presence_penalty",
    "temperature",
    "text",
    "top_p",
]);
exports.KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps = new Set([
    "confidence",
    "frequency_penalty",
    "max_tokens",
    "pom",
    "presence_penalty",
    "temperature",
    "top_p",
]);
exports.KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps = new Set([
    "confidence",
    "frequency_penalty",
    "max_tokens",
    "pom",
    "presence_penalty",
    "temperature",
    "top_p",
    "voice_id",
]);
exports.KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps = new Set([
    "confidence",
    "frequency_penalty",
    "max_tokens",
    "presence_penalty",
    "temperature",
    "text",
    "top_p",
    "voice_id",
]);
exports.KEYS_OneOfProperty = new Set(["oneOf"]);
exports.KEYS_Output = new Set(["action", "post_process", "response"]);
exports.KEYS_Pay = new Set([
    "charge_amount",
    "currency",
    "description",
    "input",
    "language",
    "max_attempts",
    "min_postal_code_length",
    "parameters",
    "payment_connector_url",
    "payment_method",
    "postal_code",
    "prompts",
    "security_code",
    "status_url",
    "timeout",
    "token_type",
    "valid_card_types",
    "voice",
]);
exports.KEYS_PayParameters = new Set(["name", "value"]);
exports.KEYS_PayPromptPlayAction = new Set(["phrase", "type"]);
exports.KEYS_PayPromptSayAction = new Set(["phrase", "type"]);
exports.KEYS_PayPrompts = new Set(["actions", "attempts", "card_type", "error_type", "for"]);
exports.KEYS_PlayWithURL = new Set([
    "auto_answer",
    "say_gender",
    "say_language",
    "say_voice",
    "status_url",
    "url",
    "volume",
]);
exports.KEYS_PlayWithURLS = new Set([
    "auto_answer",
    "say_gender",
    "say_language",
    "say_voice",
    "status_url",
    "urls",
    "volume",
]);
exports.KEYS_PlaybackBGAction = new Set(["playback_bg"]);
exports.KEYS_PlaybackBg = new Set(["file", "wait"]);
exports.KEYS_PomSectionBodyContent = new Set([
    "body",
    "bullets",
    "numbered",
    "numberedBullets",
    "subsections",
    "title",
]);
exports.KEYS_PomSectionBulletsContent = new Set([
    "body",
    "bullets",
    "numbered",
    "numberedBullets",
    "subsections",
    "title",
]);
exports.KEYS_Prompt = new Set([
    "digit_timeout",
    "initial_timeout",
    "max_digits",
    "play",
    "say_gender",
    "say_language",
    "say_voice",
    "speech_end_timeout",
    "speech_engine",
    "speech_hints",
    "speech_language",
    "speech_timeout",
    "status_url",
    "terminators",
    "volume",
]);
exports.KEYS_Pronounce = new Set(["ignore_case", "replace", "with"]);
exports.KEYS_ReceiveFax = new Set(["status_url"]);
exports.KEYS_RecordArgument = new Set([
    "beep",
    "direction",
    "end_silence_timeout",
    "format",
    "initial_timeout",
    "input_sensitivity",
    "max_length",
    "status_url",
    "stereo",
    "terminators",
]);
exports.KEYS_RecordCall = new Set([
    "beep",
    "control_id",
    "direction",
    "end_silence_timeout",
    "format",
    "initial_timeout",
    "input_sensitivity",
    "max_length",
    "status_url",
    "stereo",
    "terminators",
]);
exports.KEYS_ReplaceInHistoryAction = new Set(["replace_in_history"]);
exports.KEYS_Request = new Set([
    "body",
    "connect_timeout",
    "headers",
    "method",
    "save_variables",
    "timeout",
    "url",
]);
exports.KEYS_SMSWithBody = new Set([
    "body",
    "from_number",
    "region",
    "status_callback",
    "tags",
    "to_number",
]);
exports.KEYS_SMSWithMedia = new Set([
    "body",
    "from_number",
    "media",
    "region",
    "status_callback",
    "tags",
    "to_number",
]);
exports.KEYS_SWAIG = new Set([
    "defaults",
    "functions",
    "includes",
    "internal_fillers",
    "mcp_servers",
    "native_functions",
]);
exports.KEYS_SWAIGDefaults = new Set(["web_hook_url"]);
exports.KEYS_SWAIGIncludes = new Set(["functions", "meta_data", "url"]);
exports.KEYS_SWAIGInternalFiller = new Set([
    "adjust_response_latency",
    "change_context",
    "check_time",
    "get_ideal_strategy",
    "get_visual_input",
    "next_step",
    "pause_conversation",
    "wait_for_user",
    "wait_seconds",
]);
exports.KEYS_SWMLAction = new Set(["SWML", "transfer"]);
exports.KEYS_SWMLObject = new Set(["sections", "version"]);
exports.KEYS_SayAction = new Set(["say"]);
exports.KEYS_Section = new Set(["main"]);
exports.KEYS_SendDigits = new Set(["digits"]);
exports.KEYS_SendFax = new Set(["document", "header_info", "identity", "status_url"]);
exports.KEYS_SetGlobalDataAction = new Set(["set_global_data"]);
exports.KEYS_SetMetaDataAction = new Set(["set_meta_data"]);
exports.KEYS_Settings = new Set([
    "barge-confidence",
    "confidence",
    "frequency-penalty",
    "max-tokens",
    "presence-penalty",
    "temperature",
    "top-p",
]);
exports.KEYS_SettingsAction = new Set(["settings"]);
exports.KEYS_SipRefer = new Set(["password", "status_url", "to_uri", "username"]);
exports.KEYS_Sleep = new Set(["duration"]);
exports.KEYS_SpeechEventTimeoutAction = new Set(["speech_event_timeout"]);
exports.KEYS_StartAction = new Set(["start"]);
exports.KEYS_StartActionStart = new Set([
    "ai_summary",
    "ai_summary_prompt",
    "debug_level",
    "direction",
    "filter_from",
    "filter_to",
    "from_lang",
    "from_voice",
    "live_events",
    "speech_engine",
    "speech_timeout",
    "to_lang",
    "to_voice",
    "vad_silence_ms",
    "vad_thresh",
    "webhook",
]);
exports.KEYS_StartUpHookSWAIGFunction = new Set([
    "active",
    "argument",
    "data_map",
    "description",
    "fillers",
    "function",
    "meta_data",
    "meta_data_token",
    "parameters",
    "purpose",
    "skip_fillers",
    "wait_file",
    "wait_file_loops",
    "wait_for_fillers",
    "web_hook_url",
]);
exports.KEYS_StopAction = new Set(["stop"]);
exports.KEYS_StopDenoise = new Set();
exports.KEYS_StopPlaybackBGAction = new Set(["stop_playback_bg"]);
exports.KEYS_StopRecordCall = new Set(["control_id"]);
exports.KEYS_StopStream = new Set(["control_id"]);
exports.KEYS_StopTap = new Set(["control_id"]);
exports.KEYS_Stream = new Set([
    "authorization_bearer_token",
    "codec",
    "control_id",
    "custom_parameters",
    "name",
    "status_url",
    "status_url_method",
    "track",
    "url",
]);
exports.KEYS_StringProperty = new Set([
    "default",
    "description",
    "enum",
    "format",
    "nullable",
    "pattern",
    "type",
]);
exports.KEYS_SummarizeAction = new Set(["summarize"]);
exports.KEYS_SummarizeActionSummarize = new Set(["prompt", "webhook"]);
exports.KEYS_SummarizeConversationSWAIGFunction = new Set([
    "active",
    "argument",
    "data_map",
    "description",
    "fillers",
    "function",
    "meta_data",
    "meta_data_token",
    "parameters",
    "purpose",
    "skip_fillers",
    "wait_file",
    "wait_file_loops",
    "wait_for_fillers",
    "web_hook_url",
]);
exports.KEYS_SwaigToolResult = new Set(["tool_prompt", "tool_result"]);
exports.KEYS_Switch = new Set(["case", "default", "variable"]);
exports.KEYS_SwitchArgument = new Set(["case", "default", "variable"]);
exports.KEYS_Tap = new Set([
    "codec",
    "control_id",
    "direction",
    "rtp_ptime",
    "status_url",
    "uri",
]);
exports.KEYS_ToggleFunctionsAction = new Set(["toggle_functions"]);
exports.KEYS_ToggleFunctionsItem = new Set(["active", "function"]);
exports.KEYS_Transcribe = new Set(["status_url"]);
exports.KEYS_TranscribeStartAction = new Set(["start"]);
exports.KEYS_TranscribeStartActionStart = new Set([
    "ai_summary",
    "ai_summary_prompt",
    "debug_level",
    "direction",
    "lang",
    "live_events",
    "speech_engine",
    "speech_timeout",
    "vad_silence_ms",
    "vad_thresh",
    "webhook",
]);
exports.KEYS_TranscribeStop = new Set();
exports.KEYS_TranscribeSummarizeAction = new Set(["summarize"]);
exports.KEYS_TranscribeSummarizeActionSummarize = new Set(["prompt", "webhook"]);
exports.KEYS_Transfer = new Set(["dest", "meta", "params"]);
exports.KEYS_TurnFillers = new Set([
    "bg",
    "ca",
    "cs",
    "da",
    "da-DK",
    "de",
    "de-CH",
    "default",
    "el",
    "en",
    "en-AU",
    "en-GB",
    "en-IN",
    "en-NZ",
    "en-US",
    "es",
    "es-419",
    "et",
    "fi",
    "fr",
    "fr-CA",
    "hi",
    "hu",
    "id",
    "it",
    "ja",
    "ko",
    "ko-KR",
    "lt",
    "lv",
    "ms",
    "multi",
    "nl",
    "nl-BE",
    "no",
    "pl",
    "pt",
    "pt-BR",
    "pt-PT",
    "ro",
    "ru",
    "sk",
    "sv",
    "sv-SE",
    "th",
    "th-TH",
    "tr",
    "uk",
    "vi",
    "zh",
    "zh-CN",
    "zh-HK",
    "zh-Hans",
    "zh-Hant",
    "zh-TW",
]);
exports.KEYS_UnsetGlobalData = new Set();
exports.KEYS_UnsetGlobalDataAction = new Set(["unset_global_data"]);
exports.KEYS_UnsetMetaData = new Set();
exports.KEYS_UnsetMetaDataAction = new Set(["unset_meta_data"]);
exports.KEYS_UserEvent = new Set(["event"]);
exports.KEYS_UserInputAction = new Set(["user_input"]);
exports.KEYS_UserSWAIGFunction = new Set([
    "active",
    "argument",
    "data_map",
    "description",
    "fillers",
    "function",
    "meta_data",
    "meta_data_token",
    "parameters",
    "purpose",
    "skip_fillers",
    "wait_file",
    "wait_file_loops",
    "wait_for_fillers",
    "web_hook_url",
]);
exports.KEYS_WaitForUserAction = new Set(["wait_for_user"]);
exports.KEYS_Webhook = new Set([
    "error_keys",
    "expressions",
    "foreach",
    "headers",
    "input_args_as_params",
    "method",
    "output",
    "params",
    "require_args",
    "url",
]);
exports.ONLY_ConnectDestination_confirm_list_item = new Set([
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
]);
exports.RE_0 = (0, runtime_js_1.ecmaPattern)("^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$");
exports.RE_1 = (0, runtime_js_1.ecmaPattern)("\\S");
exports.RE_2 = (0, runtime_js_1.ecmaPattern)("^(?!next$).*$");
exports.RE_3 = (0, runtime_js_1.ecmaPattern)("^(http|https)://");
exports.RE_4 = (0, runtime_js_1.ecmaPattern)("^(http://.*|https://.*|ring: ?[0-9.]*: ?[a-zA-Z]{2}|say: ?.*|silence: ?[0-9.]*|ring: ?[a-zA-Z]{2})$");
exports.RE_5 = (0, runtime_js_1.ecmaPattern)("^prompt:.+$");
exports.URL_HTTP_HTTPS = (0, runtime_js_1.urlPattern)("https?");
exports.URL_WSS = (0, runtime_js_1.urlPattern)("wss");
exports.VARIANTS_AIPostPromptText_or_AIPostPromptPom = [
    ["AIPostPromptText", exports.KEYS_AIPostPromptText, new Set(["text"]), true, checkAIPostPromptText],
    ["AIPostPromptPom", exports.KEYS_AIPostPromptPom, new Set(["pom"]), true, checkAIPostPromptPom],
];
exports.VARIANTS_AIPromptText_or_AIPromptPom = [
    ["AIPromptText", exports.KEYS_AIPromptText, new Set(["text"]), true, checkAIPromptText],
    ["AIPromptPom", exports.KEYS_AIPromptPom, new Set(["pom"]), true, checkAIPromptPom],
];
exports.VARIANTS_AISidecarObject_prompt = [
    [
        "AISidecarPromptText",
        exports.KEYS_AISidecarPromptText,
        new Set(["text"]),
        true,
        checkAISidecarPromptText,
    ],
    ["AISidecarPromptPom", exports.KEYS_AISidecarPromptPom, new Set(["pom"]), true, checkAISidecarPromptPom],
    [
        "AISidecarPromptFile",
        exports.KEYS_AISidecarPromptFile,
        new Set(["file"]),
        true,
        checkAISidecarPromptFile,
    ],
];
exports.VARIANTS_AISidecarParamProperty = [
    [
        "AISidecarStringParam",
        exports.KEYS_AISidecarStringParam,
        new Set(["type"]),
        true,
        checkAISidecarStringParam,
    ],
    [
        "AISidecarIntegerParam",
        exports.KEYS_AISidecarIntegerParam,
        new Set(["type"]),
        true,
        checkAISidecarIntegerParam,
    ],
    [
        "AISidecarNumberParam",
        exports.KEYS_AISidecarNumberParam,
        new Set(["type"]),
        true,
        checkAISidecarNumberParam,
    ],
    [
        "AISidecarBooleanParam",
        exports.KEYS_AISidecarBooleanParam,
        new Set(["type"]),
        true,
        checkAISidecarBooleanParam,
    ],
    [
        "AISidecarArrayParam",
        exports.KEYS_AISidecarArrayParam,
        new Set(["items", "type"]),
        true,
        checkAISidecarArrayParam,
    ],
    [
        "AISidecarObjectParam",
        exports.KEYS_AISidecarObjectParam,
        new Set(["type"]),
        true,
        checkAISidecarObjectParam,
    ],
];
exports.VARIANTS_AmazonBedrockObject_post_prompt = [
    [
        "OmitPropertiesBedrockPostPomptTextOmittedPromptProps",
        exports.KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps,
        new Set(["text"]),
        true,
        checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps,
    ],
    [
        "OmitPropertiesBedrockPostPromptPomOmittedPromptProps",
        exports.KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps,
        new Set(["pom"]),
        true,
        checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps,
    ],
];
exports.VARIANTS_AmazonBedrockObject_prompt = [
    [
        "OmitPropertiesBedrockPromptTextOmittedPromptProps",
        exports.KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps,
        new Set(["text"]),
        true,
        checkOmitPropertiesBedrockPromptTextOmittedPromptProps,
    ],
    [
        "OmitPropertiesBedrockPromptPomOmittedPromptProps",
        exports.KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps,
        new Set(["pom"]),
        true,
        checkOmitPropertiesBedrockPromptPomOmittedPromptProps,
    ],
];
exports.VARIANTS_BedrockOutput_action = [
    ["SWMLAction", exports.KEYS_SWMLAction, new Set(["SWML"]), true, checkSWMLAction],
    [
        "ChangeContextAction",
        exports.KEYS_ChangeContextAction,
        new Set(["change_context"]),
        true,
        checkChangeContextAction,
    ],
    [
        "ChangeStepAction",
        exports.KEYS_ChangeStepAction,
        new Set(["change_step"]),
        true,
        checkChangeStepAction,
    ],
    [
        "ContextSwitchAction",
        exports.KEYS_ContextSwitchAction,
        new Set(["context_switch"]),
        true,
        checkContextSwitchAction,
    ],
    ["HangupAction", exports.KEYS_HangupAction, new Set(["hangup"]), true, checkHangupAction],
    ["HoldAction", exports.KEYS_HoldAction, new Set(["hold"]), true, checkHoldAction],
    [
        "PlaybackBGAction",
        exports.KEYS_PlaybackBGAction,
        new Set(["playback_bg"]),
        true,
        checkPlaybackBGAction,
    ],
    ["SayAction", exports.KEYS_SayAction, new Set(["say"]), true, checkSayAction],
    [
        "SetGlobalDataAction",
        exports.KEYS_SetGlobalDataAction,
        new Set(["set_global_data"]),
        true,
        checkSetGlobalDataAction,
    ],
    [
        "SetMetaDataAction",
        exports.KEYS_SetMetaDataAction,
        new Set(["set_meta_data"]),
        true,
        checkSetMetaDataAction,
    ],
    ["StopAction", exports.KEYS_StopAction, new Set(["stop"]), true, checkStopAction],
    [
        "StopPlaybackBGAction",
        exports.KEYS_StopPlaybackBGAction,
        new Set(["stop_playback_bg"]),
        true,
        checkStopPlaybackBGAction,
    ],
    [
        "ToggleFunctionsAction",
        exports.KEYS_ToggleFunctionsAction,
        new Set(["toggle_functions"]),
        true,
        checkToggleFunctionsAction,
    ],
    [
        "UnsetGlobalDataAction",
        exports.KEYS_UnsetGlobalDataAction,
        new Set(["unset_global_data"]),
        true,
        checkUnsetGlobalDataAction,
    ],
    [
        "UnsetMetaDataAction",
        exports.KEYS_UnsetMetaDataAction,
        new Set(["unset_meta_data"]),
        true,
        checkUnsetMetaDataAction,
    ],
    ["UserInputAction", exports.KEYS_UserInputAction, new Set(["user_input"]), true, checkUserInputAction],
    [
        "WaitForUserAction",
        exports.KEYS_WaitForUserAction,
        new Set(["wait_for_user"]),
        true,
        checkWaitForUserAction,
    ],
    [
        "AddDynamicHintsAction",
        exports.KEYS_AddDynamicHintsAction,
        new Set(["add_dynamic_hints"]),
        true,
        checkAddDynamicHintsAction,
    ],
    [
        "ClearDynamicHintsAction",
        exports.KEYS_ClearDynamicHintsAction,
        new Set(["clear_dynamic_hints"]),
        true,
        checkClearDynamicHintsAction,
    ],
    [
        "EndOfSpeechTimeoutAction",
        exports.KEYS_EndOfSpeechTimeoutAction,
        new Set(["end_of_speech_timeout"]),
        true,
        checkEndOfSpeechTimeoutAction,
    ],
    [
        "SpeechEventTimeoutAction",
        exports.KEYS_SpeechEventTimeoutAction,
        new Set(["speech_event_timeout"]),
        true,
        checkSpeechEventTimeoutAction,
    ],
    [
        "ChangeVoiceAction",
        exports.KEYS_ChangeVoiceAction,
        new Set(["change_voice"]),
        true,
        checkChangeVoiceAction,
    ],
    [
        "FunctionsOnSpeakerTimeoutAction",
        exports.KEYS_FunctionsOnSpeakerTimeoutAction,
        new Set(["functions_on_speaker_timeout"]),
        true,
        checkFunctionsOnSpeakerTimeoutAction,
    ],
    [
        "ExtensiveDataAction",
        exports.KEYS_ExtensiveDataAction,
        new Set(["extensive_data"]),
        true,
        checkExtensiveDataAction,
    ],
    [
        "ReplaceInHistoryAction",
        exports.KEYS_ReplaceInHistoryAction,
        new Set(["replace_in_history"]),
        true,
        checkReplaceInHistoryAction,
    ],
    ["SettingsAction", exports.KEYS_SettingsAction, new Set(["settings"]), true, checkSettingsAction],
];
exports.VARIANTS_BedrockSWAIG_functions_item = [
    [
        "BedrockSWAIGFunction1",
        exports.KEYS_BedrockSWAIGFunction1,
        new Set(["description", "function"]),
        true,
        checkBedrockSWAIGFunction1,
    ],
    [
        "BedrockSWAIGFunction2",
        exports.KEYS_BedrockSWAIGFunction2,
        new Set(["description", "function"]),
        true,
        checkBedrockSWAIGFunction2,
    ],
    [
        "BedrockSWAIGFunction3",
        exports.KEYS_BedrockSWAIGFunction3,
        new Set(["description", "function"]),
        true,
        checkBedrockSWAIGFunction3,
    ],
    [
        "BedrockSWAIGFunction4",
        exports.KEYS_BedrockSWAIGFunction4,
        new Set(["description", "function"]),
        true,
        checkBedrockSWAIGFunction4,
    ],
];
exports.VARIANTS_CondReg_or_CondElse = [
    ["CondReg", exports.KEYS_CondReg, new Set(["then", "when"]), true, checkCondReg],
    ["CondElse", exports.KEYS_CondElse, new Set(["else"]), true, checkCondElse],
];
exports.VARIANTS_ConnectDeviceParallel_result = [
    ["ConnectSwitch", exports.KEYS_ConnectSwitch, new Set(["case"]), true, checkConnectSwitch],
];
exports.VARIANTS_ContextPOMSteps_or_ContextTextSteps = [
    ["ContextPOMSteps", exports.KEYS_ContextPOMSteps, new Set(["name", "pom"]), true, checkContextPOMSteps],
    [
        "ContextTextSteps",
        exports.KEYS_ContextTextSteps,
        new Set(["name", "text"]),
        true,
        checkContextTextSteps,
    ],
];
exports.VARIANTS_ContextsPOMObject_or_ContextsTextObject = [
    ["ContextsPOMObject", exports.KEYS_ContextsPOMObject, new Set(["steps"]), true, checkContextsPOMObject],
    [
        "ContextsTextObject",
        exports.KEYS_ContextsTextObject,
        new Set(["steps"]),
        true,
        checkContextsTextObject,
    ],
];
exports.VARIANTS_Execute_result = [
    ["ExecuteSwitch", exports.KEYS_ExecuteSwitch, new Set(["case"]), true, checkExecuteSwitch],
];
exports.VARIANTS_HoldAction_hold = [
    ["Hold", exports.KEYS_Hold, new Set(), true, checkHold],
];
exports.VARIANTS_LiveTranscribe_action = [
    [
        "TranscribeStartAction",
        exports.KEYS_TranscribeStartAction,
        new Set(["start"]),
        true,
        checkTranscribeStartAction,
    ],
    [
        "TranscribeSummarizeAction",
        exports.KEYS_TranscribeSummarizeAction,
        new Set(["summarize"]),
        true,
        checkTranscribeSummarizeAction,
    ],
];
exports.VARIANTS_LiveTranslate_action = [
    ["StartAction", exports.KEYS_StartAction, new Set(["start"]), true, checkStartAction],
    ["SummarizeAction", exports.KEYS_SummarizeAction, new Set(["summarize"]), true, checkSummarizeAction],
    ["InjectAction", exports.KEYS_InjectAction, new Set(["inject"]), true, checkInjectAction],
];
exports.VARIANTS_POM = [
    [
        "PomSectionBodyContent",
        exports.KEYS_PomSectionBodyContent,
        new Set(["body"]),
        true,
        checkPomSectionBodyContent,
    ],
    [
        "PomSectionBulletsContent",
        exports.KEYS_PomSectionBulletsContent,
        new Set(["bullets"]),
        true,
        checkPomSectionBulletsContent,
    ],
];
exports.VARIANTS_PayPrompts_actions_item = [
    [
        "PayPromptSayAction",
        exports.KEYS_PayPromptSayAction,
        new Set(["phrase", "type"]),
        true,
        checkPayPromptSayAction,
    ],
    [
        "PayPromptPlayAction",
        exports.KEYS_PayPromptPlayAction,
        new Set(["phrase", "type"]),
        true,
        checkPayPromptPlayAction,
    ],
];
exports.VARIANTS_PlayWithURL_or_PlayWithURLS = [
    ["PlayWithURL", exports.KEYS_PlayWithURL, new Set(["url"]), true, checkPlayWithURL],
    ["PlayWithURLS", exports.KEYS_PlayWithURLS, new Set(["urls"]), true, checkPlayWithURLS],
];
exports.VARIANTS_SMSWithBody_or_SMSWithMedia = [
    [
        "SMSWithBody",
        exports.KEYS_SMSWithBody,
        new Set(["body", "from_number", "to_number"]),
        true,
        checkSMSWithBody,
    ],
    [
        "SMSWithMedia",
        exports.KEYS_SMSWithMedia,
        new Set(["from_number", "media", "to_number"]),
        true,
        checkSMSWithMedia,
    ],
];
exports.VARIANTS_SWAIG_functions_item = [
    [
        "UserSWAIGFunction",
        exports.KEYS_UserSWAIGFunction,
        new Set(["description", "function"]),
        true,
        checkUserSWAIGFunction,
    ],
    [
        "StartUpHookSWAIGFunction",
        exports.KEYS_StartUpHookSWAIGFunction,
        new Set(["description", "function"]),
        true,
        checkStartUpHookSWAIGFunction,
    ],
    [
        "HangUpHookSWAIGFunction",
        exports.KEYS_HangUpHookSWAIGFunction,
        new Set(["description", "function"]),
        true,
        checkHangUpHookSWAIGFunction,
    ],
    [
        "SummarizeConversationSWAIGFunction",
        exports.KEYS_SummarizeConversationSWAIGFunction,
        new Set(["description", "function"]),
        true,
        checkSummarizeConversationSWAIGFunction,
    ],
];
exports.VARIANTS_SchemaType = [
    ["StringProperty", exports.KEYS_StringProperty, new Set(["type"]), true, checkStringProperty],
    ["IntegerProperty", exports.KEYS_IntegerProperty, new Set(["type"]), true, checkIntegerProperty],
    ["NumberProperty", exports.KEYS_NumberProperty, new Set(["type"]), true, checkNumberProperty],
    ["BooleanProperty", exports.KEYS_BooleanProperty, new Set(["type"]), true, checkBooleanProperty],
    ["ArrayProperty", exports.KEYS_ArrayProperty, new Set(["items", "type"]), true, checkArrayProperty],
    ["ObjectProperty", exports.KEYS_ObjectProperty, new Set(["type"]), true, checkObjectProperty],
    ["NullProperty", exports.KEYS_NullProperty, new Set(["description", "type"]), true, checkNullProperty],
    ["OneOfProperty", exports.KEYS_OneOfProperty, new Set(["oneOf"]), true, checkOneOfProperty],
    ["AllOfProperty", exports.KEYS_AllOfProperty, new Set(["allOf"]), true, checkAllOfProperty],
    ["AnyOfProperty", exports.KEYS_AnyOfProperty, new Set(["anyOf"]), true, checkAnyOfProperty],
    ["ConstProperty", exports.KEYS_ConstProperty, new Set(["const"]), true, checkConstProperty],
];
exports.VARIANTS_Sleep_or_int_or_var = [
    ["Sleep", exports.KEYS_Sleep, new Set(["duration"]), true, checkSleep],
];
exports.VARIANTS_Switch_or_list_of_CondReg_or_CondElse = [
    ["Switch", exports.KEYS_Switch, new Set(["case", "variable"]), true, checkSwitch],
];
exports.VARIANTS_list_of_str_or_FunctionFillers = [
    ["FunctionFillers", exports.KEYS_FunctionFillers, new Set(), false, checkFunctionFillers],
];
exports.VARIANTS_list_of_str_or_TurnFillers = [
    ["TurnFillers", exports.KEYS_TurnFillers, new Set(), false, checkTurnFillers],
];
exports.VARIANTS_str_or_DynamicHint = [
    ["DynamicHint", exports.KEYS_DynamicHint, new Set(["pattern", "replace"]), true, checkDynamicHint],
];
exports.VARIANTS_str_or_Hint = [
    ["Hint", exports.KEYS_Hint, new Set(["hint", "pattern", "replace"]), true, checkHint],
];
exports.VARIANTS_str_or_SwaigToolResult = [
    ["SwaigToolResult", exports.KEYS_SwaigToolResult, new Set(), true, checkSwaigToolResult],
];
exports.VARIANTS_str_or_UnsetGlobalData = [
    ["UnsetGlobalData", exports.KEYS_UnsetGlobalData, new Set(), true, checkUnsetGlobalData],
];
exports.VARIANTS_str_or_UnsetMetaData = [
    ["UnsetMetaData", exports.KEYS_UnsetMetaData, new Set(), true, checkUnsetMetaData],
];
exports.VARIANTS_str_or_map_of_any = [
    ["a JSON object", null, new Set(), false, _map_of_any],
];
exports.VARIANTS_verb_connect = [
    [
        "ConnectDeviceSingle",
        exports.KEYS_ConnectDeviceSingle,
        new Set(["to"]),
        true,
        checkConnectDeviceSingle,
    ],
    [
        "ConnectDeviceSerial",
        exports.KEYS_ConnectDeviceSerial,
        new Set(["serial"]),
        true,
        checkConnectDeviceSerial,
    ],
    [
        "ConnectDeviceParallel",
        exports.KEYS_ConnectDeviceParallel,
        new Set(["parallel"]),
        true,
        checkConnectDeviceParallel,
    ],
    [
        "ConnectDeviceSerialParallel",
        exports.KEYS_ConnectDeviceSerialParallel,
        new Set(["serial_parallel"]),
        true,
        checkConnectDeviceSerialParallel,
    ],
];
// Checks #/$defs/AIObject
function checkAIObject(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AIObject object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "prompt");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AIObject, path, "prompt", "an AIPromptText object or an AIPromptPom object");
    out["prompt"] = _AIPromptText_or_AIPromptPom(x, path + ".prompt");
    x = (0, runtime_js_1.own)(v, "global_data");
    if (x !== undefined) {
        out["global_data"] = _map_of_any(x, path + ".global_data");
    }
    x = (0, runtime_js_1.own)(v, "hints");
    if (x !== undefined) {
        out["hints"] = _list_of_str_or_Hint(x, path + ".hints");
    }
    x = (0, runtime_js_1.own)(v, "languages");
    if (x !== undefined) {
        out["languages"] = _list_of_Languages(x, path + ".languages");
    }
    x = (0, runtime_js_1.own)(v, "multilingual");
    if (x !== undefined) {
        out["multilingual"] = checkMultilingual(x, path + ".multilingual");
    }
    x = (0, runtime_js_1.own)(v, "params");
    if (x !== undefined) {
        out["params"] = checkAIParams(x, path + ".params");
    }
    x = (0, runtime_js_1.own)(v, "post_prompt");
    if (x !== undefined) {
        out["post_prompt"] = _AIPostPromptText_or_AIPostPromptPom(x, path + ".post_prompt");
    }
    x = (0, runtime_js_1.own)(v, "post_prompt_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".post_prompt_url", x, "a string");
        out["post_prompt_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "pronounce");
    if (x !== undefined) {
        out["pronounce"] = _list_of_Pronounce(x, path + ".pronounce");
    }
    x = (0, runtime_js_1.own)(v, "SWAIG");
    if (x !== undefined) {
        out["SWAIG"] = checkSWAIG(x, path + ".SWAIG");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AIObject, path);
    return out;
}
// Checks #/$defs/AIParams
function checkAIParams(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AIParams object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "acknowledge_interruptions");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".acknowledge_interruptions", x, "true or false or a SWML variable such as '${name}'");
        out["acknowledge_interruptions"] = x;
    }
    x = (0, runtime_js_1.own)(v, "ai_model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".ai_model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["ai_model"] = x;
    }
    x = (0, runtime_js_1.own)(v, "ai_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".ai_name", x, "a string");
        out["ai_name"] = x;
    }
    x = (0, runtime_js_1.own)(v, "ai_volume");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && -50 <= x && x <= 50) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".ai_volume", x, "an integer from -50 to 50 or a SWML variable such as '${name}'");
        out["ai_volume"] = x;
    }
    x = (0, runtime_js_1.own)(v, "app_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".app_name", x, "a string");
        out["app_name"] = x;
    }
    x = (0, runtime_js_1.own)(v, "asr_smart_format");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".asr_smart_format", x, "true or false or a SWML variable such as '${name}'");
        out["asr_smart_format"] = x;
    }
    x = (0, runtime_js_1.own)(v, "attention_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 10000 <= x && x <= 600000) || x === 0 || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".attention_timeout", x, "an integer from 10000 to 600000 or 0 or a SWML variable such as '${name}'");
        out["attention_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "attention_timeout_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".attention_timeout_prompt", x, "a string");
        out["attention_timeout_prompt"] = x;
    }
    x = (0, runtime_js_1.own)(v, "asr_diarize");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".asr_diarize", x, "true or false or a SWML variable such as '${name}'");
        out["asr_diarize"] = x;
    }
    x = (0, runtime_js_1.own)(v, "asr_speaker_affinity");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".asr_speaker_affinity", x, "true or false or a SWML variable such as '${name}'");
        out["asr_speaker_affinity"] = x;
    }
    x = (0, runtime_js_1.own)(v, "audible_debug");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".audible_debug", x, "true or false or a SWML variable such as '${name}'");
        out["audible_debug"] = x;
    }
    x = (0, runtime_js_1.own)(v, "audible_latency");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".audible_latency", x, "true or false or a SWML variable such as '${name}'");
        out["audible_latency"] = x;
    }
    x = (0, runtime_js_1.own)(v, "background_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".background_file", x, "a string");
        out["background_file"] = x;
    }
    x = (0, runtime_js_1.own)(v, "background_file_loops");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || x === null || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".background_file_loops", x, "an integer or null or a SWML variable such as '${name}'");
        out["background_file_loops"] = x;
    }
    x = (0, runtime_js_1.own)(v, "background_file_volume");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && -50 <= x && x <= 50) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".background_file_volume", x, "an integer from -50 to 50 or a SWML variable such as '${name}'");
        out["background_file_volume"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enable_barge");
    if (x !== undefined) {
        if (!(typeof x === "string" || typeof x === "boolean"))
            throw new runtime_js_1.Invalid(path + ".enable_barge", x, "a string or true or false or a SWML variable such as '${name}'");
        out["enable_barge"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enable_inner_dialog");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".enable_inner_dialog", x, "true or false or a SWML variable such as '${name}'");
        out["enable_inner_dialog"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enable_pause");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".enable_pause", x, "true or false or a SWML variable such as '${name}'");
        out["enable_pause"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enable_turn_detection");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".enable_turn_detection", x, "true or false or a SWML variable such as '${name}'");
        out["enable_turn_detection"] = x;
    }
    x = (0, runtime_js_1.own)(v, "barge_match_string");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".barge_match_string", x, "a string");
        out["barge_match_string"] = x;
    }
    x = (0, runtime_js_1.own)(v, "barge_min_words");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1 <= x && x <= 99) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".barge_min_words", x, "an integer from 1 to 99 or a SWML variable such as '${name}'");
        out["barge_min_words"] = x;
    }
    x = (0, runtime_js_1.own)(v, "barge_functions");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".barge_functions", x, "true or false or a SWML variable such as '${name}'");
        out["barge_functions"] = x;
    }
    x = (0, runtime_js_1.own)(v, "cache_mode");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".cache_mode", x, "true or false or a SWML variable such as '${name}'");
        out["cache_mode"] = x;
    }
    x = (0, runtime_js_1.own)(v, "conscience");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".conscience", x, "a string");
        out["conscience"] = x;
    }
    x = (0, runtime_js_1.own)(v, "convo");
    if (x !== undefined) {
        out["convo"] = _list_of_ConversationMessage(x, path + ".convo");
    }
    x = (0, runtime_js_1.own)(v, "conversation_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".conversation_id", x, "a string");
        out["conversation_id"] = x;
    }
    x = (0, runtime_js_1.own)(v, "conversation_sliding_window");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".conversation_sliding_window", x, "an integer or a SWML variable such as '${name}'");
        out["conversation_sliding_window"] = x;
    }
    x = (0, runtime_js_1.own)(v, "debug_webhook_level");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".debug_webhook_level", x, "an integer from 0 to 2 or a SWML variable such as '${name}'");
        out["debug_webhook_level"] = x;
    }
    x = (0, runtime_js_1.own)(v, "debug_webhook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".debug_webhook_url", x, "a string");
        out["debug_webhook_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "debug");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".debug", x, "true or false or an integer or a SWML variable such as '${name}'");
        out["debug"] = x;
    }
    x = (0, runtime_js_1.own)(v, "direction");
    if (x !== undefined) {
        if (!((typeof x === "string" && exports.E_Direction.has(x)) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".direction", x, "one of 'inbound', 'outbound' or a SWML variable such as '${name}'");
        out["direction"] = x;
    }
    x = (0, runtime_js_1.own)(v, "digit_terminators");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".digit_terminators", x, "a string");
        out["digit_terminators"] = x;
    }
    x = (0, runtime_js_1.own)(v, "digit_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 30000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".digit_timeout", x, "an integer from 0 to 30000 or a SWML variable such as '${name}'");
        out["digit_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "end_of_speech_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 250 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".end_of_speech_timeout", x, "an integer from 250 to 10000 or a SWML variable such as '${name}'");
        out["end_of_speech_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enable_accounting");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".enable_accounting", x, "true or false or a SWML variable such as '${name}'");
        out["enable_accounting"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enable_thinking");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".enable_thinking", x, "true or false or a SWML variable such as '${name}'");
        out["enable_thinking"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enable_text_normalization");
    if (x !== undefined) {
        if (!((typeof x === "string" && exports.E_EnableTextNormalization.has(x)) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".enable_text_normalization", x, "one of 'heard', 'spoken', 'both', 'true', 'on', 'false', 'off', 'none' or a SWML variable such as '${name}'");
        out["enable_text_normalization"] = x;
    }
    x = (0, runtime_js_1.own)(v, "auto_correct");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".auto_correct", x, "true or false or a SWML variable such as '${name}'");
        out["auto_correct"] = x;
    }
    x = (0, runtime_js_1.own)(v, "redact_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".redact_prompt", x, "a string");
        out["redact_prompt"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enable_vision");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".enable_vision", x, "true or false or a SWML variable such as '${name}'");
        out["enable_vision"] = x;
    }
    x = (0, runtime_js_1.own)(v, "energy_level");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 100) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".energy_level", x, "a number from 0 to 100 or a SWML variable such as '${name}'");
        out["energy_level"] = x;
    }
    x = (0, runtime_js_1.own)(v, "first_word_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".first_word_timeout", x, "an integer from 0 to 10000 or a SWML variable such as '${name}'");
        out["first_word_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "function_wait_for_talking");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".function_wait_for_talking", x, "true or false or a SWML variable such as '${name}'");
        out["function_wait_for_talking"] = x;
    }
    x = (0, runtime_js_1.own)(v, "functions_on_no_response");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".functions_on_no_response", x, "true or false or a SWML variable such as '${name}'");
        out["functions_on_no_response"] = x;
    }
    x = (0, runtime_js_1.own)(v, "hard_stop_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".hard_stop_prompt", x, "a string");
        out["hard_stop_prompt"] = x;
    }
    x = (0, runtime_js_1.own)(v, "hard_stop_time");
    if (x !== undefined) {
        if (!((typeof x === "string" && exports.RE_0.test(x)) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".hard_stop_time", x, "a duration such as 1h30m, 20m or 45s (hours, minutes, seconds, in that order) or a SWML variable such as '${name}'");
        out["hard_stop_time"] = x;
    }
    x = (0, runtime_js_1.own)(v, "hold_music");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".hold_music", x, "a string");
        out["hold_music"] = x;
    }
    x = (0, runtime_js_1.own)(v, "hold_on_process");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".hold_on_process", x, "true or false or a SWML variable such as '${name}'");
        out["hold_on_process"] = x;
    }
    x = (0, runtime_js_1.own)(v, "inactivity_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 10000 <= x && x <= 3600000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".inactivity_timeout", x, "an integer from 10000 to 3600000 or a SWML variable such as '${name}'");
        out["inactivity_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "inner_dialog_model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".inner_dialog_model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["inner_dialog_model"] = x;
    }
    x = (0, runtime_js_1.own)(v, "inner_dialog_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".inner_dialog_prompt", x, "a string");
        out["inner_dialog_prompt"] = x;
    }
    x = (0, runtime_js_1.own)(v, "inner_dialog_synced");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".inner_dialog_synced", x, "true or false or a SWML variable such as '${name}'");
        out["inner_dialog_synced"] = x;
    }
    x = (0, runtime_js_1.own)(v, "initial_sleep_ms");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 300000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".initial_sleep_ms", x, "an integer from 0 to 300000 or a SWML variable such as '${name}'");
        out["initial_sleep_ms"] = x;
    }
    x = (0, runtime_js_1.own)(v, "input_poll_freq");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1000 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".input_poll_freq", x, "an integer from 1000 to 10000 or a SWML variable such as '${name}'");
        out["input_poll_freq"] = x;
    }
    x = (0, runtime_js_1.own)(v, "interrupt_on_noise");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".interrupt_on_noise", x, "true or false or a SWML variable such as '${name}'");
        out["interrupt_on_noise"] = x;
    }
    x = (0, runtime_js_1.own)(v, "interrupt_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".interrupt_prompt", x, "a string");
        out["interrupt_prompt"] = x;
    }
    x = (0, runtime_js_1.own)(v, "languages_enabled");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".languages_enabled", x, "true or false or a SWML variable such as '${name}'");
        out["languages_enabled"] = x;
    }
    x = (0, runtime_js_1.own)(v, "local_tz");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".local_tz", x, "a string");
        out["local_tz"] = x;
    }
    x = (0, runtime_js_1.own)(v, "llm_diarize_aware");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".llm_diarize_aware", x, "true or false or a SWML variable such as '${name}'");
        out["llm_diarize_aware"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_emotion");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1 <= x && x <= 30) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_emotion", x, "an integer from 1 to 30 or a SWML variable such as '${name}'");
        out["max_emotion"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_response_tokens");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1 <= x && x <= 16384) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_response_tokens", x, "an integer from 1 to 16384 or a SWML variable such as '${name}'");
        out["max_response_tokens"] = x;
    }
    x = (0, runtime_js_1.own)(v, "openai_asr_engine");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".openai_asr_engine", x, "a string");
        out["openai_asr_engine"] = x;
    }
    x = (0, runtime_js_1.own)(v, "outbound_attention_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 10000 <= x && x <= 600000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".outbound_attention_timeout", x, "an integer from 10000 to 600000 or a SWML variable such as '${name}'");
        out["outbound_attention_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "persist_global_data");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".persist_global_data", x, "true or false or a SWML variable such as '${name}'");
        out["persist_global_data"] = x;
    }
    x = (0, runtime_js_1.own)(v, "pom_format");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_PomFormat.has(x)))
            throw new runtime_js_1.Invalid(path + ".pom_format", x, "one of 'markdown', 'xml'");
        out["pom_format"] = x;
    }
    x = (0, runtime_js_1.own)(v, "save_conversation");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".save_conversation", x, "true or false or a SWML variable such as '${name}'");
        out["save_conversation"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_event_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".speech_event_timeout", x, "an integer from 0 to 10000 or a SWML variable such as '${name}'");
        out["speech_event_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_gen_quick_stops");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 10) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".speech_gen_quick_stops", x, "an integer from 0 to 10 or a SWML variable such as '${name}'");
        out["speech_gen_quick_stops"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 600000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".speech_timeout", x, "an integer from 0 to 600000 or a SWML variable such as '${name}'");
        out["speech_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speak_when_spoken_to");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".speak_when_spoken_to", x, "true or false or a SWML variable such as '${name}'");
        out["speak_when_spoken_to"] = x;
    }
    x = (0, runtime_js_1.own)(v, "start_paused");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".start_paused", x, "true or false or a SWML variable such as '${name}'");
        out["start_paused"] = x;
    }
    x = (0, runtime_js_1.own)(v, "static_greeting");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".static_greeting", x, "a string");
        out["static_greeting"] = x;
    }
    x = (0, runtime_js_1.own)(v, "static_greeting_no_barge");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".static_greeting_no_barge", x, "true or false or a SWML variable such as '${name}'");
        out["static_greeting_no_barge"] = x;
    }
    x = (0, runtime_js_1.own)(v, "summary_mode");
    if (x !== undefined) {
        if (!((typeof x === "string" && exports.E_SummaryMode.has(x)) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".summary_mode", x, "one of 'string', 'original' or a SWML variable such as '${name}'");
        out["summary_mode"] = x;
    }
    x = (0, runtime_js_1.own)(v, "swaig_allow_settings");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".swaig_allow_settings", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_allow_settings"] = x;
    }
    x = (0, runtime_js_1.own)(v, "swaig_allow_swml");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".swaig_allow_swml", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_allow_swml"] = x;
    }
    x = (0, runtime_js_1.own)(v, "swaig_post_conversation");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".swaig_post_conversation", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_post_conversation"] = x;
    }
    x = (0, runtime_js_1.own)(v, "swaig_set_global_data");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".swaig_set_global_data", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_set_global_data"] = x;
    }
    x = (0, runtime_js_1.own)(v, "swaig_post_swml_vars");
    if (x !== undefined) {
        out["swaig_post_swml_vars"] = _bool_or_list_of_str_or_var(x, path + ".swaig_post_swml_vars");
    }
    x = (0, runtime_js_1.own)(v, "thinking_model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".thinking_model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["thinking_model"] = x;
    }
    x = (0, runtime_js_1.own)(v, "utility_model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".utility_model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["utility_model"] = x;
    }
    x = (0, runtime_js_1.own)(v, "transparent_barge");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".transparent_barge", x, "true or false or a SWML variable such as '${name}'");
        out["transparent_barge"] = x;
    }
    x = (0, runtime_js_1.own)(v, "transparent_barge_max_time");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 60000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".transparent_barge_max_time", x, "an integer from 0 to 60000 or a SWML variable such as '${name}'");
        out["transparent_barge_max_time"] = x;
    }
    x = (0, runtime_js_1.own)(v, "transfer_summary");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".transfer_summary", x, "true or false or a SWML variable such as '${name}'");
        out["transfer_summary"] = x;
    }
    x = (0, runtime_js_1.own)(v, "turn_detection_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".turn_detection_timeout", x, "an integer from 0 to 10000 or a SWML variable such as '${name}'");
        out["turn_detection_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "turn_filler_sources");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".turn_filler_sources", x, "a string or a SWML variable such as '${name}'");
        out["turn_filler_sources"] = x;
    }
    x = (0, runtime_js_1.own)(v, "turn_filler_every_n");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".turn_filler_every_n", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["turn_filler_every_n"] = x;
    }
    x = (0, runtime_js_1.own)(v, "turn_filler_min_ms");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".turn_filler_min_ms", x, "an integer of at least 0 or a SWML variable such as '${name}'");
        out["turn_filler_min_ms"] = x;
    }
    x = (0, runtime_js_1.own)(v, "tts_number_format");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_TtsNumberFormat.has(x)))
            throw new runtime_js_1.Invalid(path + ".tts_number_format", x, "one of 'international', 'national'");
        out["tts_number_format"] = x;
    }
    x = (0, runtime_js_1.own)(v, "verbose_logs");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".verbose_logs", x, "true or false or a SWML variable such as '${name}'");
        out["verbose_logs"] = x;
    }
    x = (0, runtime_js_1.own)(v, "video_listening_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".video_listening_file", x, "a string");
        out["video_listening_file"] = x;
    }
    x = (0, runtime_js_1.own)(v, "video_idle_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".video_idle_file", x, "a string");
        out["video_idle_file"] = x;
    }
    x = (0, runtime_js_1.own)(v, "video_talking_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".video_talking_file", x, "a string");
        out["video_talking_file"] = x;
    }
    x = (0, runtime_js_1.own)(v, "vision_model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".vision_model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["vision_model"] = x;
    }
    x = (0, runtime_js_1.own)(v, "vad_config");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".vad_config", x, "a string");
        out["vad_config"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_for_user");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".wait_for_user", x, "true or false or a SWML variable such as '${name}'");
        out["wait_for_user"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wake_prefix");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".wake_prefix", x, "a string");
        out["wake_prefix"] = x;
    }
    x = (0, runtime_js_1.own)(v, "eleven_labs_stability");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".eleven_labs_stability", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["eleven_labs_stability"] = x;
    }
    x = (0, runtime_js_1.own)(v, "eleven_labs_similarity");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".eleven_labs_similarity", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["eleven_labs_similarity"] = x;
    }
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (exports.KEYS_AIParams.has(key) || item === undefined)
            continue;
        (0, runtime_js_1.setKey)(out, key, (0, runtime_js_1.jsonCopy)(item, path + "." + key));
    }
    return out;
}
// Checks #/$defs/AIPostPromptPom
function checkAIPostPromptPom(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AIPostPromptPom object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "pom");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AIPostPromptPom, path, "pom", "a list of items that are each a POM value (at least 1 item)");
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
    x = (0, runtime_js_1.own)(v, "max_tokens");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096))
            throw new runtime_js_1.Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = (0, runtime_js_1.own)(v, "temperature");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = (0, runtime_js_1.own)(v, "top_p");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confidence");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = (0, runtime_js_1.own)(v, "presence_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = (0, runtime_js_1.own)(v, "frequency_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AIPostPromptPom, path);
    return out;
}
// Checks #/$defs/AIPostPromptText
function checkAIPostPromptText(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AIPostPromptText object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "text");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AIPostPromptText, path, "text", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".text", x, "a string");
    out["text"] = x;
    x = (0, runtime_js_1.own)(v, "max_tokens");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096))
            throw new runtime_js_1.Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = (0, runtime_js_1.own)(v, "temperature");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = (0, runtime_js_1.own)(v, "top_p");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confidence");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = (0, runtime_js_1.own)(v, "presence_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = (0, runtime_js_1.own)(v, "frequency_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AIPostPromptText, path);
    return out;
}
// Checks #/$defs/AIPromptPom
function checkAIPromptPom(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AIPromptPom object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "pom");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AIPromptPom, path, "pom", "a list of items that are each a POM value (at least 1 item)");
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
    x = (0, runtime_js_1.own)(v, "max_tokens");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096))
            throw new runtime_js_1.Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = (0, runtime_js_1.own)(v, "temperature");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = (0, runtime_js_1.own)(v, "top_p");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confidence");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = (0, runtime_js_1.own)(v, "presence_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = (0, runtime_js_1.own)(v, "frequency_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    x = (0, runtime_js_1.own)(v, "contexts");
    if (x !== undefined) {
        out["contexts"] = checkContexts(x, path + ".contexts");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AIPromptPom, path);
    return out;
}
// Checks #/$defs/AIPromptText
function checkAIPromptText(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AIPromptText object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "text");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AIPromptText, path, "text", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".text", x, "a string");
    out["text"] = x;
    x = (0, runtime_js_1.own)(v, "max_tokens");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096))
            throw new runtime_js_1.Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = (0, runtime_js_1.own)(v, "temperature");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = (0, runtime_js_1.own)(v, "top_p");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confidence");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = (0, runtime_js_1.own)(v, "presence_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = (0, runtime_js_1.own)(v, "frequency_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    x = (0, runtime_js_1.own)(v, "contexts");
    if (x !== undefined) {
        out["contexts"] = checkContexts(x, path + ".contexts");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AIPromptText, path);
    return out;
}
// Checks #/$defs/AISidecarArrayParam
function checkAISidecarArrayParam(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarArrayParam object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarArrayParam, path, "type", "'array'");
    if (!(x === "array"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'array'");
    out["type"] = "array";
    x = (0, runtime_js_1.own)(v, "items");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarArrayParam, path, "items", "an AISidecarParamProperty value");
    out["items"] = checkAISidecarParamProperty(x, path + ".items");
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarArrayParam, path);
    return out;
}
// Checks #/$defs/AISidecarBooleanParam
function checkAISidecarBooleanParam(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarBooleanParam object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarBooleanParam, path, "type", "'boolean'");
    if (!(x === "boolean"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'boolean'");
    out["type"] = "boolean";
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new runtime_js_1.Invalid(path + ".default", x, "true or false");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarBooleanParam, path);
    return out;
}
// Checks #/$defs/AISidecarFunctionParameters
function checkAISidecarFunctionParameters(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarFunctionParameters object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarFunctionParameters, path, "type", "'object'");
    if (!(x === "object"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'object'");
    out["type"] = "object";
    x = (0, runtime_js_1.own)(v, "properties");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarFunctionParameters, path, "properties", "a JSON object whose values are each an AISidecarParamProperty value");
    out["properties"] = _map_of_AISidecarParamProperty(x, path + ".properties");
    x = (0, runtime_js_1.own)(v, "required");
    if (x !== undefined) {
        out["required"] = _list_of_str(x, path + ".required");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarFunctionParameters, path);
    return out;
}
// Checks #/$defs/AISidecarIntegerParam
function checkAISidecarIntegerParam(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarIntegerParam object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarIntegerParam, path, "type", "'integer'");
    if (!(x === "integer"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'integer'");
    out["type"] = "integer";
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enum");
    if (x !== undefined) {
        out["enum"] = _list_of_int(x, path + ".enum");
    }
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        if (!(0, runtime_js_1.isInteger)(x))
            throw new runtime_js_1.Invalid(path + ".default", x, "an integer");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarIntegerParam, path);
    return out;
}
// Checks #/$defs/AISidecarNumberParam
function checkAISidecarNumberParam(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarNumberParam object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarNumberParam, path, "type", "'number'");
    if (!(x === "number"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'number'");
    out["type"] = "number";
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enum");
    if (x !== undefined) {
        out["enum"] = _list_of_number(x, path + ".enum");
    }
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        if (!(0, runtime_js_1.isNumber)(x))
            throw new runtime_js_1.Invalid(path + ".default", x, "a number");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarNumberParam, path);
    return out;
}
// Checks #/$defs/AISidecarObject
function checkAISidecarObject(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarObject object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "lang");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarObject, path, "lang", "a string of at least 1 character or a SWML variable such as '${name}'");
    if (!((typeof x === "string" && (0, runtime_js_1.cpLength)(x) >= 1) || (0, runtime_js_1.isVar)(x)))
        throw new runtime_js_1.Invalid(path + ".lang", x, "a string of at least 1 character or a SWML variable such as '${name}'");
    out["lang"] = x;
    x = (0, runtime_js_1.own)(v, "prompt");
    if (x !== undefined) {
        out["prompt"] = _AISidecarObject_prompt(x, path + ".prompt");
    }
    x = (0, runtime_js_1.own)(v, "model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["model"] = x;
    }
    x = (0, runtime_js_1.own)(v, "direction");
    if (x !== undefined) {
        out["direction"] = _list_of_TranscribeDirection(x, path + ".direction");
    }
    x = (0, runtime_js_1.own)(v, "customer_role");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_TranscribeDirection.has(x)))
            throw new runtime_js_1.Invalid(path + ".customer_role", x, "one of 'remote-caller', 'local-caller'");
        out["customer_role"] = x;
    }
    x = (0, runtime_js_1.own)(v, "url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".url", x, "a string");
        out["url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "SWAIG");
    if (x !== undefined) {
        out["SWAIG"] = checkAISidecarSWAIG(x, path + ".SWAIG");
    }
    x = (0, runtime_js_1.own)(v, "permissions");
    if (x !== undefined) {
        out["permissions"] = checkAISidecarPermissions(x, path + ".permissions");
    }
    x = (0, runtime_js_1.own)(v, "global_data");
    if (x !== undefined) {
        out["global_data"] = _map_of_any(x, path + ".global_data");
    }
    x = (0, runtime_js_1.own)(v, "hints");
    if (x !== undefined) {
        out["hints"] = _AISidecarObject_hints(x, path + ".hints");
    }
    x = (0, runtime_js_1.own)(v, "params");
    if (x !== undefined) {
        out["params"] = checkAISidecarParams(x, path + ".params");
    }
    x = (0, runtime_js_1.own)(v, "action");
    if (x !== undefined) {
        out["action"] = checkAISidecarSummarizeAction(x, path + ".action");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarObject, path);
    return out;
}
// Checks #/$defs/AISidecarObjectParam
function checkAISidecarObjectParam(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarObjectParam object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarObjectParam, path, "type", "'object'");
    if (!(x === "object"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'object'");
    out["type"] = "object";
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "properties");
    if (x !== undefined) {
        out["properties"] = _map_of_AISidecarParamProperty(x, path + ".properties");
    }
    x = (0, runtime_js_1.own)(v, "required");
    if (x !== undefined) {
        out["required"] = _list_of_str(x, path + ".required");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarObjectParam, path);
    return out;
}
// Checks #/$defs/AISidecarParams
function checkAISidecarParams(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarParams object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "idle_timeout_ms");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 50 <= x && x <= 5000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".idle_timeout_ms", x, "an integer from 50 to 5000 or a SWML variable such as '${name}'");
        out["idle_timeout_ms"] = x;
    }
    x = (0, runtime_js_1.own)(v, "min_interval_ms");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 60000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".min_interval_ms", x, "an integer from 0 to 60000 or a SWML variable such as '${name}'");
        out["min_interval_ms"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_iters_per_tick");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1 <= x && x <= 20) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_iters_per_tick", x, "an integer from 1 to 20 or a SWML variable such as '${name}'");
        out["max_iters_per_tick"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_history_tokens");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1000 <= x && x <= 200000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_history_tokens", x, "an integer from 1000 to 200000 or a SWML variable such as '${name}'");
        out["max_history_tokens"] = x;
    }
    x = (0, runtime_js_1.own)(v, "act_on_channel");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".act_on_channel", x, "true or false or a SWML variable such as '${name}'");
        out["act_on_channel"] = x;
    }
    x = (0, runtime_js_1.own)(v, "final_summary");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".final_summary", x, "true or false or a SWML variable such as '${name}'");
        out["final_summary"] = x;
    }
    x = (0, runtime_js_1.own)(v, "ai_summary");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".ai_summary", x, "true or false or a SWML variable such as '${name}'");
        out["ai_summary"] = x;
    }
    x = (0, runtime_js_1.own)(v, "ai_summary_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".ai_summary_prompt", x, "a string");
        out["ai_summary_prompt"] = x;
    }
    x = (0, runtime_js_1.own)(v, "summary_model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".summary_model", x, "'gpt-4o-mini' or 'gpt-4.1-mini' or 'gpt-4.1-nano' or a string");
        out["summary_model"] = x;
    }
    x = (0, runtime_js_1.own)(v, "live_events");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".live_events", x, "true or false or a SWML variable such as '${name}'");
        out["live_events"] = x;
    }
    x = (0, runtime_js_1.own)(v, "verbose_utterances");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".verbose_utterances", x, "true or false or a SWML variable such as '${name}'");
        out["verbose_utterances"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_engine");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_SpeechEngine.has(x)))
            throw new runtime_js_1.Invalid(path + ".speech_engine", x, "one of 'deepgram', 'google'");
        out["speech_engine"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 600000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".speech_timeout", x, "an integer from 0 to 600000 or a SWML variable such as '${name}'");
        out["speech_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "vad_silence_ms");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 60000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".vad_silence_ms", x, "an integer from 0 to 60000 or a SWML variable such as '${name}'");
        out["vad_silence_ms"] = x;
    }
    x = (0, runtime_js_1.own)(v, "vad_thresh");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".vad_thresh", x, "an integer from 0 to 10000 or a SWML variable such as '${name}'");
        out["vad_thresh"] = x;
    }
    x = (0, runtime_js_1.own)(v, "debug_level");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 100) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".debug_level", x, "an integer from 0 to 100 or a SWML variable such as '${name}'");
        out["debug_level"] = x;
    }
    x = (0, runtime_js_1.own)(v, "debug");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".debug", x, "true or false or a SWML variable such as '${name}'");
        out["debug"] = x;
    }
    x = (0, runtime_js_1.own)(v, "transcribe_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".transcribe_prompt", x, "a string");
        out["transcribe_prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarParams, path);
    return out;
}
// Checks #/$defs/AISidecarPermissions
function checkAISidecarPermissions(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarPermissions object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "swaig_allow_swml");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".swaig_allow_swml", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_allow_swml"] = x;
    }
    x = (0, runtime_js_1.own)(v, "swaig_allow_settings");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".swaig_allow_settings", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_allow_settings"] = x;
    }
    x = (0, runtime_js_1.own)(v, "swaig_set_global_data");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".swaig_set_global_data", x, "true or false or a SWML variable such as '${name}'");
        out["swaig_set_global_data"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarPermissions, path);
    return out;
}
// Checks #/$defs/AISidecarPromptFile
function checkAISidecarPromptFile(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarPromptFile object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "file");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarPromptFile, path, "file", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".file", x, "a string");
    out["file"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarPromptFile, path);
    return out;
}
// Checks #/$defs/AISidecarPromptPom
function checkAISidecarPromptPom(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarPromptPom object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "pom");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarPromptPom, path, "pom", "a list of items that are each a POM value (at least 1 item)");
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarPromptPom, path);
    return out;
}
// Checks #/$defs/AISidecarPromptText
function checkAISidecarPromptText(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarPromptText object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "text");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarPromptText, path, "text", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".text", x, "a string");
    out["text"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarPromptText, path);
    return out;
}
// Checks #/$defs/AISidecarSWAIG
function checkAISidecarSWAIG(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarSWAIG object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "defaults");
    if (x !== undefined) {
        out["defaults"] = checkAISidecarSWAIGDefaults(x, path + ".defaults");
    }
    x = (0, runtime_js_1.own)(v, "functions");
    if (x !== undefined) {
        out["functions"] = _list_of_AISidecarSWAIGFunction(x, path + ".functions");
    }
    x = (0, runtime_js_1.own)(v, "mcp_servers");
    if (x !== undefined) {
        out["mcp_servers"] = _list_of_MCPServer(x, path + ".mcp_servers");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarSWAIG, path);
    return out;
}
// Checks #/$defs/AISidecarSWAIGDefaults
function checkAISidecarSWAIGDefaults(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarSWAIGDefaults object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "web_hook_auth_user");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_auth_user", x, "a string");
        out["web_hook_auth_user"] = x;
    }
    x = (0, runtime_js_1.own)(v, "web_hook_auth_password");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_auth_password", x, "a string");
        out["web_hook_auth_password"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarSWAIGDefaults, path);
    return out;
}
// Checks #/$defs/AISidecarSWAIGFunction
function checkAISidecarSWAIGFunction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarSWAIGFunction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "function");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarSWAIGFunction, path, "function", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".function", x, "a string");
    out["function"] = x;
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "purpose");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".purpose", x, "a string");
        out["purpose"] = x;
    }
    x = (0, runtime_js_1.own)(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkAISidecarFunctionParameters(x, path + ".parameters");
    }
    x = (0, runtime_js_1.own)(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "web_hook_auth_user");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_auth_user", x, "a string");
        out["web_hook_auth_user"] = x;
    }
    x = (0, runtime_js_1.own)(v, "web_hook_auth_password");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_auth_password", x, "a string");
        out["web_hook_auth_password"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarSWAIGFunction, path);
    return out;
}
// Checks #/$defs/AISidecarStringParam
function checkAISidecarStringParam(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarStringParam object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarStringParam, path, "type", "'string'");
    if (!(x === "string"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'string'");
    out["type"] = "string";
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enum");
    if (x !== undefined) {
        out["enum"] = _list_of_str(x, path + ".enum");
    }
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".default", x, "a string");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarStringParam, path);
    return out;
}
// Checks #/$defs/AISidecarSummarizeAction
function checkAISidecarSummarizeAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarSummarizeAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "summarize");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AISidecarSummarizeAction, path, "summarize", "an AISidecarSummarizeActionSummarize object");
    out["summarize"] = checkAISidecarSummarizeActionSummarize(x, path + ".summarize");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarSummarizeAction, path);
    return out;
}
// Checks #/$defs/AISidecarSummarizeAction/properties/summarize
function checkAISidecarSummarizeActionSummarize(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AISidecarSummarizeActionSummarize object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "webhook");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".webhook", x, "a string");
        out["webhook"] = x;
    }
    x = (0, runtime_js_1.own)(v, "prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".prompt", x, "a string");
        out["prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AISidecarSummarizeActionSummarize, path);
    return out;
}
// Checks #/$defs/AddDynamicHintsAction
function checkAddDynamicHintsAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AddDynamicHintsAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "add_dynamic_hints");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AddDynamicHintsAction, path, "add_dynamic_hints", "a list of items that are each a string or a DynamicHint object");
    out["add_dynamic_hints"] = _list_of_str_or_DynamicHint(x, path + ".add_dynamic_hints");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AddDynamicHintsAction, path);
    return out;
}
// Checks #/$defs/AllOfProperty
function checkAllOfProperty(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AllOfProperty object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "allOf");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AllOfProperty, path, "allOf", "a list of items that are each a SchemaType value");
    out["allOf"] = _list_of_SchemaType(x, path + ".allOf");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AllOfProperty, path);
    return out;
}
// Checks #/$defs/AmazonBedrockObject
function checkAmazonBedrockObject(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AmazonBedrockObject object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "prompt");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AmazonBedrockObject, path, "prompt", "an OmitPropertiesBedrockPromptTextOmittedPromptProps object or an OmitPropertiesBedrockPromptPomOmittedPromptProps object");
    out["prompt"] = _AmazonBedrockObject_prompt(x, path + ".prompt");
    x = (0, runtime_js_1.own)(v, "global_data");
    if (x !== undefined) {
        out["global_data"] = _map_of_any(x, path + ".global_data");
    }
    x = (0, runtime_js_1.own)(v, "params");
    if (x !== undefined) {
        out["params"] = checkBedrockParams(x, path + ".params");
    }
    x = (0, runtime_js_1.own)(v, "post_prompt");
    if (x !== undefined) {
        out["post_prompt"] = _AmazonBedrockObject_post_prompt(x, path + ".post_prompt");
    }
    x = (0, runtime_js_1.own)(v, "post_prompt_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".post_prompt_url", x, "a string");
        out["post_prompt_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "SWAIG");
    if (x !== undefined) {
        out["SWAIG"] = checkBedrockSWAIG(x, path + ".SWAIG");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AmazonBedrockObject, path);
    return out;
}
// Checks #/$defs/Answer/properties/answer
function checkAnswer(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an Answer object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "max_duration");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_duration", x, "an integer or a SWML variable such as '${name}'");
        out["max_duration"] = x;
    }
    x = (0, runtime_js_1.own)(v, "codecs");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".codecs", x, "a string");
        out["codecs"] = x;
    }
    x = (0, runtime_js_1.own)(v, "username");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".username", x, "a string");
        out["username"] = x;
    }
    x = (0, runtime_js_1.own)(v, "password");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".password", x, "a string");
        out["password"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Answer, path);
    return out;
}
// Checks #/$defs/AnyOfProperty
function checkAnyOfProperty(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an AnyOfProperty object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "anyOf");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_AnyOfProperty, path, "anyOf", "a list of items that are each a SchemaType value");
    out["anyOf"] = _list_of_SchemaType(x, path + ".anyOf");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_AnyOfProperty, path);
    return out;
}
// Checks #/$defs/ArrayProperty
function checkArrayProperty(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an ArrayProperty object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ArrayProperty, path, "type", "'array'");
    if (!(x === "array"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'array'");
    out["type"] = "array";
    x = (0, runtime_js_1.own)(v, "items");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ArrayProperty, path, "items", "a SchemaType value");
    out["items"] = checkSchemaType(x, path + ".items");
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "nullable");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".nullable", x, "true or false or a SWML variable such as '${name}'");
        out["nullable"] = x;
    }
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        out["default"] = _list_of_any(x, path + ".default");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ArrayProperty, path);
    return out;
}
// Checks #/$defs/BedrockDataMap
function checkBedrockDataMap(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a BedrockDataMap object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "output");
    if (x !== undefined) {
        out["output"] = checkBedrockOutput(x, path + ".output");
    }
    x = (0, runtime_js_1.own)(v, "expressions");
    if (x !== undefined) {
        out["expressions"] = _list_of_BedrockExpression(x, path + ".expressions");
    }
    x = (0, runtime_js_1.own)(v, "webhooks");
    if (x !== undefined) {
        out["webhooks"] = _list_of_BedrockWebhook(x, path + ".webhooks");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_BedrockDataMap, path);
    return out;
}
// Checks #/$defs/BedrockExpression
function checkBedrockExpression(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a BedrockExpression object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "output");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BedrockExpression, path, "output", "a BedrockOutput object");
    out["output"] = checkBedrockOutput(x, path + ".output");
    x = (0, runtime_js_1.own)(v, "string");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BedrockExpression, path, "string", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".string", x, "a string");
    out["string"] = x;
    x = (0, runtime_js_1.own)(v, "pattern");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BedrockExpression, path, "pattern", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".pattern", x, "a string");
    out["pattern"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_BedrockExpression, path);
    return out;
}
// Checks #/$defs/BedrockOutput
function checkBedrockOutput(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a BedrockOutput object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "response");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".response", x, "a string");
        out["response"] = x;
    }
    x = (0, runtime_js_1.own)(v, "action");
    if (x !== undefined) {
        out["action"] = _BedrockOutput_action(x, path + ".action");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_BedrockOutput, path);
    return out;
}
// Checks #/$defs/BedrockParams
function checkBedrockParams(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a BedrockParams object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "attention_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 10000 <= x && x <= 600000) || x === 0 || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".attention_timeout", x, "an integer from 10000 to 600000 or 0 or a SWML variable such as '${name}'");
        out["attention_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "hard_stop_time");
    if (x !== undefined) {
        if (!((typeof x === "string" && exports.RE_0.test(x)) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".hard_stop_time", x, "a duration such as 1h30m, 20m or 45s (hours, minutes, seconds, in that order) or a SWML variable such as '${name}'");
        out["hard_stop_time"] = x;
    }
    x = (0, runtime_js_1.own)(v, "inactivity_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 10000 <= x && x <= 3600000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".inactivity_timeout", x, "an integer from 10000 to 3600000 or a SWML variable such as '${name}'");
        out["inactivity_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "video_listening_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".video_listening_file", x, "a string");
        out["video_listening_file"] = x;
    }
    x = (0, runtime_js_1.own)(v, "video_idle_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".video_idle_file", x, "a string");
        out["video_idle_file"] = x;
    }
    x = (0, runtime_js_1.own)(v, "video_talking_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".video_talking_file", x, "a string");
        out["video_talking_file"] = x;
    }
    x = (0, runtime_js_1.own)(v, "hard_stop_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".hard_stop_prompt", x, "a string");
        out["hard_stop_prompt"] = x;
    }
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (exports.KEYS_BedrockParams.has(key) || item === undefined)
            continue;
        (0, runtime_js_1.setKey)(out, key, (0, runtime_js_1.jsonCopy)(item, path + "." + key));
    }
    return out;
}
// Checks #/$defs/BedrockSWAIG
function checkBedrockSWAIG(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a BedrockSWAIG object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "functions");
    if (x !== undefined) {
        out["functions"] = _BedrockSWAIG_functions(x, path + ".functions");
    }
    x = (0, runtime_js_1.own)(v, "defaults");
    if (x !== undefined) {
        out["defaults"] = checkSWAIGDefaults(x, path + ".defaults");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_BedrockSWAIG, path);
    return out;
}
// Checks #/$defs/BedrockSWAIGFunction/anyOf/0
function checkBedrockSWAIGFunction1(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a BedrockSWAIGFunction1 object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "description");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BedrockSWAIGFunction1, path, "description", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = (0, runtime_js_1.own)(v, "function");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BedrockSWAIGFunction1, path, "function", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".function", x, "a string");
    out["function"] = x;
    x = (0, runtime_js_1.own)(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkFunctionParameters(x, path + ".parameters");
    }
    x = (0, runtime_js_1.own)(v, "active");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
        out["active"] = x;
    }
    x = (0, runtime_js_1.own)(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _map_of_any(x, path + ".meta_data");
    }
    x = (0, runtime_js_1.own)(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = (0, runtime_js_1.own)(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = checkBedrockDataMap(x, path + ".data_map");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_BedrockSWAIGFunction1, path);
    return out;
}
// Checks #/$defs/BedrockSWAIGFunction/anyOf/1
function checkBedrockSWAIGFunction2(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a BedrockSWAIGFunction2 object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "description");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BedrockSWAIGFunction2, path, "description", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = (0, runtime_js_1.own)(v, "function");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BedrockSWAIGFunction2, path, "function", "'startup_hook'");
    if (!(x === "startup_hook"))
        throw new runtime_js_1.Invalid(path + ".function", x, "'startup_hook'");
    out["function"] = "startup_hook";
    x = (0, runtime_js_1.own)(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkFunctionParameters(x, path + ".parameters");
    }
    x = (0, runtime_js_1.own)(v, "active");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
        out["active"] = x;
    }
    x = (0, runtime_js_1.own)(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _map_of_any(x, path + ".meta_data");
    }
    x = (0, runtime_js_1.own)(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = (0, runtime_js_1.own)(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = checkBedrockDataMap(x, path + ".data_map");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_BedrockSWAIGFunction2, path);
    return out;
}
// Checks #/$defs/BedrockSWAIGFunction/anyOf/2
function checkBedrockSWAIGFunction3(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a BedrockSWAIGFunction3 object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "description");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BedrockSWAIGFunction3, path, "description", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = (0, runtime_js_1.own)(v, "function");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BedrockSWAIGFunction3, path, "function", "'hangup_hook'");
    if (!(x === "hangup_hook"))
        throw new runtime_js_1.Invalid(path + ".function", x, "'hangup_hook'");
    out["function"] = "hangup_hook";
    x = (0, runtime_js_1.own)(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkFunctionParameters(x, path + ".parameters");
    }
    x = (0, runtime_js_1.own)(v, "active");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
        out["active"] = x;
    }
    x = (0, runtime_js_1.own)(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _map_of_any(x, path + ".meta_data");
    }
    x = (0, runtime_js_1.own)(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = (0, runtime_js_1.own)(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = checkBedrockDataMap(x, path + ".data_map");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_BedrockSWAIGFunction3, path);
    return out;
}
// Checks #/$defs/BedrockSWAIGFunction/anyOf/3
function checkBedrockSWAIGFunction4(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a BedrockSWAIGFunction4 object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "description");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BedrockSWAIGFunction4, path, "description", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = (0, runtime_js_1.own)(v, "function");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BedrockSWAIGFunction4, path, "function", "'summarize_conversation'");
    if (!(x === "summarize_conversation"))
        throw new runtime_js_1.Invalid(path + ".function", x, "'summarize_conversation'");
    out["function"] = "summarize_conversation";
    x = (0, runtime_js_1.own)(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkFunctionParameters(x, path + ".parameters");
    }
    x = (0, runtime_js_1.own)(v, "active");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
        out["active"] = x;
    }
    x = (0, runtime_js_1.own)(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _map_of_any(x, path + ".meta_data");
    }
    x = (0, runtime_js_1.own)(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = (0, runtime_js_1.own)(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = checkBedrockDataMap(x, path + ".data_map");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_BedrockSWAIGFunction4, path);
    return out;
}
// Checks #/$defs/BedrockWebhook
function checkBedrockWebhook(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a BedrockWebhook object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "url");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BedrockWebhook, path, "url", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".url", x, "a string");
    out["url"] = x;
    x = (0, runtime_js_1.own)(v, "expressions");
    if (x !== undefined) {
        out["expressions"] = _list_of_BedrockExpression(x, path + ".expressions");
    }
    x = (0, runtime_js_1.own)(v, "output");
    if (x !== undefined) {
        out["output"] = checkBedrockOutput(x, path + ".output");
    }
    x = (0, runtime_js_1.own)(v, "error_keys");
    if (x !== undefined) {
        out["error_keys"] = _str_or_list_of_str(x, path + ".error_keys");
    }
    x = (0, runtime_js_1.own)(v, "foreach");
    if (x !== undefined) {
        out["foreach"] = checkForeach(x, path + ".foreach");
    }
    x = (0, runtime_js_1.own)(v, "headers");
    if (x !== undefined) {
        out["headers"] = _map_of_any(x, path + ".headers");
    }
    x = (0, runtime_js_1.own)(v, "method");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Method.has(x)))
            throw new runtime_js_1.Invalid(path + ".method", x, "one of 'GET', 'POST', 'PUT', 'DELETE'");
        out["method"] = x;
    }
    x = (0, runtime_js_1.own)(v, "input_args_as_params");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".input_args_as_params", x, "true or false or a SWML variable such as '${name}'");
        out["input_args_as_params"] = x;
    }
    x = (0, runtime_js_1.own)(v, "params");
    if (x !== undefined) {
        out["params"] = _map_of_any(x, path + ".params");
    }
    x = (0, runtime_js_1.own)(v, "require_args");
    if (x !== undefined) {
        out["require_args"] = _str_or_list_of_str(x, path + ".require_args");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_BedrockWebhook, path);
    return out;
}
// Checks #/$defs/BooleanProperty
function checkBooleanProperty(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a BooleanProperty object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_BooleanProperty, path, "type", "'boolean'");
    if (!(x === "boolean"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'boolean'");
    out["type"] = "boolean";
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "nullable");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".nullable", x, "true or false or a SWML variable such as '${name}'");
        out["nullable"] = x;
    }
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".default", x, "true or false or a SWML variable such as '${name}'");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_BooleanProperty, path);
    return out;
}
// Checks #/$defs/ChangeContextAction
function checkChangeContextAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ChangeContextAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "change_context");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ChangeContextAction, path, "change_context", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".change_context", x, "a string");
    out["change_context"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ChangeContextAction, path);
    return out;
}
// Checks #/$defs/ChangeStepAction
function checkChangeStepAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ChangeStepAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "change_step");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ChangeStepAction, path, "change_step", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".change_step", x, "a string");
    out["change_step"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ChangeStepAction, path);
    return out;
}
// Checks #/$defs/ChangeVoiceAction
function checkChangeVoiceAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ChangeVoiceAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "change_voice");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ChangeVoiceAction, path, "change_voice", "a non-blank string");
    if (!(typeof x === "string" && !(0, runtime_js_1.isBlank)(x) && exports.RE_1.test(x)))
        throw new runtime_js_1.Invalid(path + ".change_voice", x, "a non-blank string");
    out["change_voice"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ChangeVoiceAction, path);
    return out;
}
// Checks #/$defs/ClearDynamicHintsAction/properties/clear_dynamic_hints
function checkClearDynamicHints(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ClearDynamicHints object");
    const out = {};
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ClearDynamicHints, path);
    return out;
}
// Checks #/$defs/ClearDynamicHintsAction
function checkClearDynamicHintsAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ClearDynamicHintsAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "clear_dynamic_hints");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ClearDynamicHintsAction, path, "clear_dynamic_hints", "a ClearDynamicHints object");
    out["clear_dynamic_hints"] = checkClearDynamicHints(x, path + ".clear_dynamic_hints");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ClearDynamicHintsAction, path);
    return out;
}
// Checks #/$defs/CondElse
function checkCondElse(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a CondElse object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "else");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_CondElse, path, "else", "a list of SWML methods");
    out["else"] = _list_of_method(x, path + ".else");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_CondElse, path);
    return out;
}
// Checks #/$defs/CondReg
function checkCondReg(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a CondReg object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "when");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_CondReg, path, "when", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".when", x, "a string");
    out["when"] = x;
    x = (0, runtime_js_1.own)(v, "then");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_CondReg, path, "then", "a list of SWML methods");
    out["then"] = _list_of_method(x, path + ".then");
    x = (0, runtime_js_1.own)(v, "else");
    if (x !== undefined) {
        out["else"] = _list_of_method(x, path + ".else");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_CondReg, path);
    return out;
}
// Checks #/$defs/ConnectDestination
function checkConnectDestination(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ConnectDestination object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "to");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ConnectDestination, path, "to", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".to", x, "a string");
    out["to"] = x;
    x = (0, runtime_js_1.own)(v, "from");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".from", x, "a string");
        out["from"] = x;
    }
    x = (0, runtime_js_1.own)(v, "from_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".from_name", x, "a string");
        out["from_name"] = x;
    }
    x = (0, runtime_js_1.own)(v, "headers");
    if (x !== undefined) {
        out["headers"] = _list_of_ConnectHeaders(x, path + ".headers");
    }
    x = (0, runtime_js_1.own)(v, "codecs");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".codecs", x, "a string");
        out["codecs"] = x;
    }
    x = (0, runtime_js_1.own)(v, "webrtc_media");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".webrtc_media", x, "true or false or a SWML variable such as '${name}'");
        out["webrtc_media"] = x;
    }
    x = (0, runtime_js_1.own)(v, "session_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".session_timeout", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["session_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "username");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".username", x, "a string");
        out["username"] = x;
    }
    x = (0, runtime_js_1.own)(v, "password");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".password", x, "a string");
        out["password"] = x;
    }
    x = (0, runtime_js_1.own)(v, "timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "call_state_events");
    if (x !== undefined) {
        out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events");
    }
    x = (0, runtime_js_1.own)(v, "call_state_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".call_state_url", x, "a string");
        out["call_state_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confirm");
    if (x !== undefined) {
        out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
    }
    x = (0, runtime_js_1.own)(v, "confirm_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confirm_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["confirm_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "encryption");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Encryption.has(x)))
            throw new runtime_js_1.Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
        out["encryption"] = x;
    }
    x = (0, runtime_js_1.own)(v, "name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".name", x, "a string");
        out["name"] = x;
    }
    x = (0, runtime_js_1.own)(v, "codec");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".codec", x, "a string");
        out["codec"] = x;
    }
    x = (0, runtime_js_1.own)(v, "realtime");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".realtime", x, "true or false or a SWML variable such as '${name}'");
        out["realtime"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url_method");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_StatusUrlMethod.has(x)))
            throw new runtime_js_1.Invalid(path + ".status_url_method", x, "one of 'GET', 'POST'");
        out["status_url_method"] = x;
    }
    x = (0, runtime_js_1.own)(v, "authorization_bearer_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".authorization_bearer_token", x, "a string");
        out["authorization_bearer_token"] = x;
    }
    x = (0, runtime_js_1.own)(v, "custom_parameters");
    if (x !== undefined) {
        out["custom_parameters"] = _map_of_str(x, path + ".custom_parameters");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ConnectDestination, path);
    return out;
}
// Checks #/$defs/ConnectDeviceParallel
function checkConnectDeviceParallel(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ConnectDeviceParallel object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "parallel");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ConnectDeviceParallel, path, "parallel", "a list of ConnectDestination objects");
    out["parallel"] = _list_of_ConnectDestination(x, path + ".parallel");
    x = (0, runtime_js_1.own)(v, "from");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".from", x, "a string");
        out["from"] = x;
    }
    x = (0, runtime_js_1.own)(v, "from_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".from_name", x, "a string");
        out["from_name"] = x;
    }
    x = (0, runtime_js_1.own)(v, "headers");
    if (x !== undefined) {
        out["headers"] = _list_of_ConnectHeaders(x, path + ".headers");
    }
    x = (0, runtime_js_1.own)(v, "codecs");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".codecs", x, "a string");
        out["codecs"] = x;
    }
    x = (0, runtime_js_1.own)(v, "webrtc_media");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".webrtc_media", x, "true or false or a SWML variable such as '${name}'");
        out["webrtc_media"] = x;
    }
    x = (0, runtime_js_1.own)(v, "session_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".session_timeout", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["session_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "ringback");
    if (x !== undefined) {
        out["ringback"] = _list_of_str(x, path + ".ringback");
    }
    x = (0, runtime_js_1.own)(v, "result");
    if (x !== undefined) {
        out["result"] = _ConnectDeviceParallel_result(x, path + ".result");
    }
    x = (0, runtime_js_1.own)(v, "timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_duration");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_duration", x, "an integer or a SWML variable such as '${name}'");
        out["max_duration"] = x;
    }
    x = (0, runtime_js_1.own)(v, "answer_on_bridge");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".answer_on_bridge", x, "true or false or a SWML variable such as '${name}'");
        out["answer_on_bridge"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confirm");
    if (x !== undefined) {
        out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
    }
    x = (0, runtime_js_1.own)(v, "confirm_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confirm_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["confirm_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "encryption");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Encryption.has(x)))
            throw new runtime_js_1.Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
        out["encryption"] = x;
    }
    x = (0, runtime_js_1.own)(v, "call_state_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".call_state_url", x, "a string");
        out["call_state_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "transfer_after_bridge");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".transfer_after_bridge", x, "a string or a SWML variable such as '${name}'");
        out["transfer_after_bridge"] = x;
    }
    x = (0, runtime_js_1.own)(v, "call_state_events");
    if (x !== undefined) {
        out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events");
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ConnectDeviceParallel, path);
    return out;
}
// Checks #/$defs/ConnectDeviceSerial
function checkConnectDeviceSerial(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ConnectDeviceSerial object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "serial");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ConnectDeviceSerial, path, "serial", "a list of ConnectDestination objects");
    out["serial"] = _list_of_ConnectDestination(x, path + ".serial");
    x = (0, runtime_js_1.own)(v, "from");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".from", x, "a string");
        out["from"] = x;
    }
    x = (0, runtime_js_1.own)(v, "from_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".from_name", x, "a string");
        out["from_name"] = x;
    }
    x = (0, runtime_js_1.own)(v, "headers");
    if (x !== undefined) {
        out["headers"] = _list_of_ConnectHeaders(x, path + ".headers");
    }
    x = (0, runtime_js_1.own)(v, "codecs");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".codecs", x, "a string");
        out["codecs"] = x;
    }
    x = (0, runtime_js_1.own)(v, "webrtc_media");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".webrtc_media", x, "true or false or a SWML variable such as '${name}'");
        out["webrtc_media"] = x;
    }
    x = (0, runtime_js_1.own)(v, "session_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".session_timeout", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["session_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "ringback");
    if (x !== undefined) {
        out["ringback"] = _list_of_str(x, path + ".ringback");
    }
    x = (0, runtime_js_1.own)(v, "result");
    if (x !== undefined) {
        out["result"] = _ConnectDeviceParallel_result(x, path + ".result");
    }
    x = (0, runtime_js_1.own)(v, "timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_duration");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_duration", x, "an integer or a SWML variable such as '${name}'");
        out["max_duration"] = x;
    }
    x = (0, runtime_js_1.own)(v, "answer_on_bridge");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".answer_on_bridge", x, "true or false or a SWML variable such as '${name}'");
        out["answer_on_bridge"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confirm");
    if (x !== undefined) {
        out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
    }
    x = (0, runtime_js_1.own)(v, "confirm_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confirm_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["confirm_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "encryption");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Encryption.has(x)))
            throw new runtime_js_1.Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
        out["encryption"] = x;
    }
    x = (0, runtime_js_1.own)(v, "call_state_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".call_state_url", x, "a string");
        out["call_state_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "transfer_after_bridge");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".transfer_after_bridge", x, "a string or a SWML variable such as '${name}'");
        out["transfer_after_bridge"] = x;
    }
    x = (0, runtime_js_1.own)(v, "call_state_events");
    if (x !== undefined) {
        out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events");
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ConnectDeviceSerial, path);
    return out;
}
// Checks #/$defs/ConnectDeviceSerialParallel
function checkConnectDeviceSerialParallel(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ConnectDeviceSerialParallel object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "serial_parallel");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ConnectDeviceSerialParallel, path, "serial_parallel", "a list of items that are each a list of ConnectDestination objects");
    out["serial_parallel"] = _list_of_list_of_ConnectDestination(x, path + ".serial_parallel");
    x = (0, runtime_js_1.own)(v, "from");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".from", x, "a string");
        out["from"] = x;
    }
    x = (0, runtime_js_1.own)(v, "from_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".from_name", x, "a string");
        out["from_name"] = x;
    }
    x = (0, runtime_js_1.own)(v, "headers");
    if (x !== undefined) {
        out["headers"] = _list_of_ConnectHeaders(x, path + ".headers");
    }
    x = (0, runtime_js_1.own)(v, "codecs");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".codecs", x, "a string");
        out["codecs"] = x;
    }
    x = (0, runtime_js_1.own)(v, "webrtc_media");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".webrtc_media", x, "true or false or a SWML variable such as '${name}'");
        out["webrtc_media"] = x;
    }
    x = (0, runtime_js_1.own)(v, "session_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".session_timeout", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["session_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "ringback");
    if (x !== undefined) {
        out["ringback"] = _list_of_str(x, path + ".ringback");
    }
    x = (0, runtime_js_1.own)(v, "result");
    if (x !== undefined) {
        out["result"] = _ConnectDeviceParallel_result(x, path + ".result");
    }
    x = (0, runtime_js_1.own)(v, "timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_duration");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_duration", x, "an integer or a SWML variable such as '${name}'");
        out["max_duration"] = x;
    }
    x = (0, runtime_js_1.own)(v, "answer_on_bridge");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".answer_on_bridge", x, "true or false or a SWML variable such as '${name}'");
        out["answer_on_bridge"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confirm");
    if (x !== undefined) {
        out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
    }
    x = (0, runtime_js_1.own)(v, "confirm_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confirm_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["confirm_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "encryption");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Encryption.has(x)))
            throw new runtime_js_1.Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
        out["encryption"] = x;
    }
    x = (0, runtime_js_1.own)(v, "call_state_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".call_state_url", x, "a string");
        out["call_state_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "transfer_after_bridge");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".transfer_after_bridge", x, "a string or a SWML variable such as '${name}'");
        out["transfer_after_bridge"] = x;
    }
    x = (0, runtime_js_1.own)(v, "call_state_events");
    if (x !== undefined) {
        out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events");
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ConnectDeviceSerialParallel, path);
    return out;
}
// Checks #/$defs/ConnectDeviceSingle
function checkConnectDeviceSingle(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ConnectDeviceSingle object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "to");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ConnectDeviceSingle, path, "to", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".to", x, "a string");
    out["to"] = x;
    x = (0, runtime_js_1.own)(v, "from");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".from", x, "a string");
        out["from"] = x;
    }
    x = (0, runtime_js_1.own)(v, "from_name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".from_name", x, "a string");
        out["from_name"] = x;
    }
    x = (0, runtime_js_1.own)(v, "headers");
    if (x !== undefined) {
        out["headers"] = _list_of_ConnectHeaders(x, path + ".headers");
    }
    x = (0, runtime_js_1.own)(v, "codecs");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".codecs", x, "a string");
        out["codecs"] = x;
    }
    x = (0, runtime_js_1.own)(v, "webrtc_media");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".webrtc_media", x, "true or false or a SWML variable such as '${name}'");
        out["webrtc_media"] = x;
    }
    x = (0, runtime_js_1.own)(v, "session_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".session_timeout", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["session_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "ringback");
    if (x !== undefined) {
        out["ringback"] = _list_of_str(x, path + ".ringback");
    }
    x = (0, runtime_js_1.own)(v, "result");
    if (x !== undefined) {
        out["result"] = _ConnectDeviceParallel_result(x, path + ".result");
    }
    x = (0, runtime_js_1.own)(v, "timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_duration");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_duration", x, "an integer or a SWML variable such as '${name}'");
        out["max_duration"] = x;
    }
    x = (0, runtime_js_1.own)(v, "answer_on_bridge");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".answer_on_bridge", x, "true or false or a SWML variable such as '${name}'");
        out["answer_on_bridge"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confirm");
    if (x !== undefined) {
        out["confirm"] = _ConnectDestination_confirm(x, path + ".confirm");
    }
    x = (0, runtime_js_1.own)(v, "confirm_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confirm_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["confirm_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "encryption");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Encryption.has(x)))
            throw new runtime_js_1.Invalid(path + ".encryption", x, "one of 'mandatory', 'optional', 'forbidden'");
        out["encryption"] = x;
    }
    x = (0, runtime_js_1.own)(v, "call_state_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".call_state_url", x, "a string");
        out["call_state_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "transfer_after_bridge");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".transfer_after_bridge", x, "a string or a SWML variable such as '${name}'");
        out["transfer_after_bridge"] = x;
    }
    x = (0, runtime_js_1.own)(v, "call_state_events");
    if (x !== undefined) {
        out["call_state_events"] = _list_of_CallStatus(x, path + ".call_state_events");
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "username");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".username", x, "a string");
        out["username"] = x;
    }
    x = (0, runtime_js_1.own)(v, "password");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".password", x, "a string");
        out["password"] = x;
    }
    x = (0, runtime_js_1.own)(v, "name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".name", x, "a string");
        out["name"] = x;
    }
    x = (0, runtime_js_1.own)(v, "codec");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".codec", x, "a string");
        out["codec"] = x;
    }
    x = (0, runtime_js_1.own)(v, "realtime");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".realtime", x, "true or false or a SWML variable such as '${name}'");
        out["realtime"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url_method");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_StatusUrlMethod.has(x)))
            throw new runtime_js_1.Invalid(path + ".status_url_method", x, "one of 'GET', 'POST'");
        out["status_url_method"] = x;
    }
    x = (0, runtime_js_1.own)(v, "authorization_bearer_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".authorization_bearer_token", x, "a string");
        out["authorization_bearer_token"] = x;
    }
    x = (0, runtime_js_1.own)(v, "custom_parameters");
    if (x !== undefined) {
        out["custom_parameters"] = _map_of_str(x, path + ".custom_parameters");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ConnectDeviceSingle, path);
    return out;
}
// Checks #/$defs/ConnectHeaders
function checkConnectHeaders(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ConnectHeaders object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "name");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ConnectHeaders, path, "name", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".name", x, "a string");
    out["name"] = x;
    x = (0, runtime_js_1.own)(v, "value");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ConnectHeaders, path, "value", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".value", x, "a string");
    out["value"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ConnectHeaders, path);
    return out;
}
// Checks #/$defs/ConnectSwitch
function checkConnectSwitch(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ConnectSwitch object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "case");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ConnectSwitch, path, "case", "a JSON object whose values are each a list of SWML methods");
    out["case"] = _map_of_list_of_method(x, path + ".case");
    x = (0, runtime_js_1.own)(v, "variable");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".variable", x, "a string");
        out["variable"] = x;
    }
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        out["default"] = _list_of_method(x, path + ".default");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ConnectSwitch, path);
    return out;
}
// Checks #/$defs/ConstProperty
function checkConstProperty(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ConstProperty object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "const");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ConstProperty, path, "const", "any JSON value");
    out["const"] = (0, runtime_js_1.jsonCopy)(x, path + ".const");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ConstProperty, path);
    return out;
}
// Checks #/$defs/ContextPOMSteps
function checkContextPOMSteps(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ContextPOMSteps object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "name");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ContextPOMSteps, path, "name", "a name other than 'next'");
    if (!(typeof x === "string" && exports.RE_2.test(x)))
        throw new runtime_js_1.Invalid(path + ".name", x, "a name other than 'next'");
    out["name"] = x;
    x = (0, runtime_js_1.own)(v, "pom");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ContextPOMSteps, path, "pom", "a list of items that are each a POM value");
    out["pom"] = _list_of_POM(x, path + ".pom");
    x = (0, runtime_js_1.own)(v, "step_criteria");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".step_criteria", x, "a string");
        out["step_criteria"] = x;
    }
    x = (0, runtime_js_1.own)(v, "functions");
    if (x !== undefined) {
        out["functions"] = _list_of_str(x, path + ".functions");
    }
    x = (0, runtime_js_1.own)(v, "valid_contexts");
    if (x !== undefined) {
        out["valid_contexts"] = _list_of_str(x, path + ".valid_contexts");
    }
    x = (0, runtime_js_1.own)(v, "skip_user_turn");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".skip_user_turn", x, "true or false or a SWML variable such as '${name}'");
        out["skip_user_turn"] = x;
    }
    x = (0, runtime_js_1.own)(v, "end");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new runtime_js_1.Invalid(path + ".end", x, "true or false");
        out["end"] = x;
    }
    x = (0, runtime_js_1.own)(v, "valid_steps");
    if (x !== undefined) {
        out["valid_steps"] = _list_of_str(x, path + ".valid_steps");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ContextPOMSteps, path);
    return out;
}
// Checks #/$defs/ContextSwitchAction/properties/context_switch
function checkContextSwitch(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ContextSwitch object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "system_prompt");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ContextSwitch, path, "system_prompt", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".system_prompt", x, "a string");
    out["system_prompt"] = x;
    x = (0, runtime_js_1.own)(v, "consolidate");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".consolidate", x, "true or false or a SWML variable such as '${name}'");
        out["consolidate"] = x;
    }
    x = (0, runtime_js_1.own)(v, "user_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".user_prompt", x, "a string");
        out["user_prompt"] = x;
    }
    x = (0, runtime_js_1.own)(v, "full_reset");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".full_reset", x, "true or false or a SWML variable such as '${name}'");
        out["full_reset"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ContextSwitch, path);
    return out;
}
// Checks #/$defs/ContextSwitchAction
function checkContextSwitchAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ContextSwitchAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "context_switch");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ContextSwitchAction, path, "context_switch", "a ContextSwitch object");
    out["context_switch"] = checkContextSwitch(x, path + ".context_switch");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ContextSwitchAction, path);
    return out;
}
// Checks #/$defs/ContextTextSteps
function checkContextTextSteps(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ContextTextSteps object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "name");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ContextTextSteps, path, "name", "a name other than 'next'");
    if (!(typeof x === "string" && exports.RE_2.test(x)))
        throw new runtime_js_1.Invalid(path + ".name", x, "a name other than 'next'");
    out["name"] = x;
    x = (0, runtime_js_1.own)(v, "text");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ContextTextSteps, path, "text", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".text", x, "a string");
    out["text"] = x;
    x = (0, runtime_js_1.own)(v, "step_criteria");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".step_criteria", x, "a string");
        out["step_criteria"] = x;
    }
    x = (0, runtime_js_1.own)(v, "functions");
    if (x !== undefined) {
        out["functions"] = _list_of_str(x, path + ".functions");
    }
    x = (0, runtime_js_1.own)(v, "valid_contexts");
    if (x !== undefined) {
        out["valid_contexts"] = _list_of_str(x, path + ".valid_contexts");
    }
    x = (0, runtime_js_1.own)(v, "skip_user_turn");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".skip_user_turn", x, "true or false or a SWML variable such as '${name}'");
        out["skip_user_turn"] = x;
    }
    x = (0, runtime_js_1.own)(v, "end");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new runtime_js_1.Invalid(path + ".end", x, "true or false");
        out["end"] = x;
    }
    x = (0, runtime_js_1.own)(v, "valid_steps");
    if (x !== undefined) {
        out["valid_steps"] = _list_of_str(x, path + ".valid_steps");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ContextTextSteps, path);
    return out;
}
// Checks #/$defs/Contexts
function checkContexts(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Contexts object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "default");
    if (x === undefined)
        throw new runtime_js_1.Invalid(path + ".default", runtime_js_1.MISSING, "a ContextsPOMObject object or a ContextsTextObject object");
    out["default"] = _ContextsPOMObject_or_ContextsTextObject(x, path + ".default");
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (exports.KEYS_Contexts.has(key) || item === undefined)
            continue;
        (0, runtime_js_1.setKey)(out, key, _ContextsPOMObject_or_ContextsTextObject(item, path + "." + key));
    }
    return out;
}
// Checks #/$defs/ContextsPOMObject
function checkContextsPOMObject(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ContextsPOMObject object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "steps");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ContextsPOMObject, path, "steps", "a list of ContextPOMSteps or ContextTextSteps objects");
    out["steps"] = _list_of_ContextPOMSteps_or_ContextTextSteps(x, path + ".steps");
    x = (0, runtime_js_1.own)(v, "isolated");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new runtime_js_1.Invalid(path + ".isolated", x, "true or false");
        out["isolated"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enter_fillers");
    if (x !== undefined) {
        out["enter_fillers"] = checkFunctionFillers(x, path + ".enter_fillers");
    }
    x = (0, runtime_js_1.own)(v, "exit_fillers");
    if (x !== undefined) {
        out["exit_fillers"] = checkFunctionFillers(x, path + ".exit_fillers");
    }
    x = (0, runtime_js_1.own)(v, "pom");
    if (x !== undefined) {
        out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ContextsPOMObject, path);
    return out;
}
// Checks #/$defs/ContextsTextObject
function checkContextsTextObject(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ContextsTextObject object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "steps");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ContextsTextObject, path, "steps", "a list of ContextPOMSteps or ContextTextSteps objects");
    out["steps"] = _list_of_ContextPOMSteps_or_ContextTextSteps(x, path + ".steps");
    x = (0, runtime_js_1.own)(v, "isolated");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new runtime_js_1.Invalid(path + ".isolated", x, "true or false");
        out["isolated"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enter_fillers");
    if (x !== undefined) {
        out["enter_fillers"] = checkFunctionFillers(x, path + ".enter_fillers");
    }
    x = (0, runtime_js_1.own)(v, "exit_fillers");
    if (x !== undefined) {
        out["exit_fillers"] = checkFunctionFillers(x, path + ".exit_fillers");
    }
    x = (0, runtime_js_1.own)(v, "text");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".text", x, "a string");
        out["text"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ContextsTextObject, path);
    return out;
}
// Checks #/$defs/ConversationMessage
function checkConversationMessage(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ConversationMessage object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "role");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ConversationMessage, path, "role", "one of 'user', 'assistant', 'system'");
    if (!(typeof x === "string" && exports.E_ConversationRole.has(x)))
        throw new runtime_js_1.Invalid(path + ".role", x, "one of 'user', 'assistant', 'system'");
    out["role"] = x;
    x = (0, runtime_js_1.own)(v, "content");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ConversationMessage, path, "content", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".content", x, "a string");
    out["content"] = x;
    x = (0, runtime_js_1.own)(v, "lang");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".lang", x, "a string");
        out["lang"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ConversationMessage, path);
    return out;
}
// Checks #/$defs/DataMap
function checkDataMap(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a DataMap object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "output");
    if (x !== undefined) {
        out["output"] = checkOutput(x, path + ".output");
    }
    x = (0, runtime_js_1.own)(v, "expressions");
    if (x !== undefined) {
        out["expressions"] = _list_of_Expression(x, path + ".expressions");
    }
    x = (0, runtime_js_1.own)(v, "webhooks");
    if (x !== undefined) {
        out["webhooks"] = _list_of_Webhook(x, path + ".webhooks");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_DataMap, path);
    return out;
}
// Checks #/$defs/Denoise/properties/denoise
function checkDenoise(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Denoise object");
    const out = {};
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Denoise, path);
    return out;
}
// Checks #/$defs/DetectMachine/properties/detect_machine
function checkDetectMachine(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a DetectMachine object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "detect_message_end");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".detect_message_end", x, "true or false or a SWML variable such as '${name}'");
        out["detect_message_end"] = x;
    }
    x = (0, runtime_js_1.own)(v, "detectors");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".detectors", x, "a string");
        out["detectors"] = x;
    }
    x = (0, runtime_js_1.own)(v, "end_silence_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".end_silence_timeout", x, "a number of at least 0 or a SWML variable such as '${name}'");
        out["end_silence_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "initial_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".initial_timeout", x, "a number of at least 0 or a SWML variable such as '${name}'");
        out["initial_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "machine_ready_timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".machine_ready_timeout", x, "a number of at least 0 or a SWML variable such as '${name}'");
        out["machine_ready_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "machine_voice_threshold");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".machine_voice_threshold", x, "a number of at least 0 or a SWML variable such as '${name}'");
        out["machine_voice_threshold"] = x;
    }
    x = (0, runtime_js_1.own)(v, "machine_words_threshold");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".machine_words_threshold", x, "an integer of at least 0 or a SWML variable such as '${name}'");
        out["machine_words_threshold"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".timeout", x, "a number of at least 0 or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "tone");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Tone.has(x)))
            throw new runtime_js_1.Invalid(path + ".tone", x, "one of 'CED', 'CNG'");
        out["tone"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".wait", x, "true or false or a SWML variable such as '${name}'");
        out["wait"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_DetectMachine, path);
    return out;
}
// Checks #/$defs/DynamicHint
function checkDynamicHint(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a DynamicHint object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "pattern");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_DynamicHint, path, "pattern", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".pattern", x, "a string");
    out["pattern"] = x;
    x = (0, runtime_js_1.own)(v, "replace");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_DynamicHint, path, "replace", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".replace", x, "a string");
    out["replace"] = x;
    x = (0, runtime_js_1.own)(v, "ignore_case");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".ignore_case", x, "true or false or a SWML variable such as '${name}'");
        out["ignore_case"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_DynamicHint, path);
    return out;
}
// Checks #/$defs/EndOfSpeechTimeoutAction
function checkEndOfSpeechTimeoutAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an EndOfSpeechTimeoutAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "end_of_speech_timeout");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_EndOfSpeechTimeoutAction, path, "end_of_speech_timeout", "an integer from 250 to 10000 or a SWML variable such as '${name}'");
    if (!(((0, runtime_js_1.isInteger)(x) && 250 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x)))
        throw new runtime_js_1.Invalid(path + ".end_of_speech_timeout", x, "an integer from 250 to 10000 or a SWML variable such as '${name}'");
    out["end_of_speech_timeout"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_EndOfSpeechTimeoutAction, path);
    return out;
}
// Checks #/$defs/EnterQueueObject
function checkEnterQueueObject(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an EnterQueueObject object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "queue_name");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_EnterQueueObject, path, "queue_name", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".queue_name", x, "a string");
    out["queue_name"] = x;
    x = (0, runtime_js_1.own)(v, "transfer_after_bridge");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_EnterQueueObject, path, "transfer_after_bridge", "a string or a SWML variable such as '${name}'");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".transfer_after_bridge", x, "a string or a SWML variable such as '${name}'");
    out["transfer_after_bridge"] = x;
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_url");
    if (x !== undefined) {
        if (!(typeof x === "string" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".wait_url", x, "a string or a SWML variable such as '${name}'");
        out["wait_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_time");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1 <= x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".wait_time", x, "an integer of at least 1 or a SWML variable such as '${name}'");
        out["wait_time"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_EnterQueueObject, path);
    return out;
}
// Checks #/$defs/Execute/properties/execute
function checkExecute(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an Execute object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "dest");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Execute, path, "dest", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".dest", x, "a string");
    out["dest"] = x;
    x = (0, runtime_js_1.own)(v, "params");
    if (x !== undefined) {
        out["params"] = _map_of_any(x, path + ".params");
    }
    x = (0, runtime_js_1.own)(v, "meta");
    if (x !== undefined) {
        out["meta"] = _map_of_any(x, path + ".meta");
    }
    x = (0, runtime_js_1.own)(v, "on_return");
    if (x !== undefined) {
        out["on_return"] = _list_of_method(x, path + ".on_return");
    }
    x = (0, runtime_js_1.own)(v, "result");
    if (x !== undefined) {
        out["result"] = _Execute_result(x, path + ".result");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Execute, path);
    return out;
}
// Checks #/$defs/ExecuteRPC/properties/execute_rpc
function checkExecuteRpc(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an ExecuteRpc object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "method");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ExecuteRpc, path, "method", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".method", x, "a string");
    out["method"] = x;
    x = (0, runtime_js_1.own)(v, "call_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".call_id", x, "a string");
        out["call_id"] = x;
    }
    x = (0, runtime_js_1.own)(v, "node_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".node_id", x, "a string");
        out["node_id"] = x;
    }
    x = (0, runtime_js_1.own)(v, "params");
    if (x !== undefined) {
        out["params"] = _map_of_any(x, path + ".params");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ExecuteRpc, path);
    return out;
}
// Checks #/$defs/ExecuteSwitch
function checkExecuteSwitch(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an ExecuteSwitch object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "case");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ExecuteSwitch, path, "case", "a JSON object whose values are each a list of SWML methods");
    out["case"] = _map_of_list_of_method(x, path + ".case");
    x = (0, runtime_js_1.own)(v, "variable");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".variable", x, "a string");
        out["variable"] = x;
    }
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        out["default"] = _list_of_method(x, path + ".default");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ExecuteSwitch, path);
    return out;
}
// Checks #/$defs/Expression
function checkExpression(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an Expression object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "string");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Expression, path, "string", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".string", x, "a string");
    out["string"] = x;
    x = (0, runtime_js_1.own)(v, "pattern");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Expression, path, "pattern", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".pattern", x, "a string");
    out["pattern"] = x;
    x = (0, runtime_js_1.own)(v, "output");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Expression, path, "output", "an Output object");
    out["output"] = checkOutput(x, path + ".output");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Expression, path);
    return out;
}
// Checks #/$defs/ExtensiveDataAction
function checkExtensiveDataAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an ExtensiveDataAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "extensive_data");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ExtensiveDataAction, path, "extensive_data", "true or false");
    if (!(typeof x === "boolean"))
        throw new runtime_js_1.Invalid(path + ".extensive_data", x, "true or false");
    out["extensive_data"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ExtensiveDataAction, path);
    return out;
}
// Checks #/$defs/Webhook/properties/foreach
function checkForeach(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Foreach object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "input_key");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Foreach, path, "input_key", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".input_key", x, "a string");
    out["input_key"] = x;
    x = (0, runtime_js_1.own)(v, "output_key");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Foreach, path, "output_key", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".output_key", x, "a string");
    out["output_key"] = x;
    x = (0, runtime_js_1.own)(v, "append");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Foreach, path, "append", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".append", x, "a string");
    out["append"] = x;
    x = (0, runtime_js_1.own)(v, "max");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max", x, "an integer or a SWML variable such as '${name}'");
        out["max"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Foreach, path);
    return out;
}
// Checks #/$defs/FunctionFillers
function checkFunctionFillers(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a FunctionFillers object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        out["default"] = _list_of_str(x, path + ".default");
    }
    x = (0, runtime_js_1.own)(v, "auto");
    if (x !== undefined) {
        out["auto"] = _list_of_str(x, path + ".auto");
    }
    x = (0, runtime_js_1.own)(v, "bg");
    if (x !== undefined) {
        out["bg"] = _list_of_str(x, path + ".bg");
    }
    x = (0, runtime_js_1.own)(v, "ca");
    if (x !== undefined) {
        out["ca"] = _list_of_str(x, path + ".ca");
    }
    x = (0, runtime_js_1.own)(v, "zh");
    if (x !== undefined) {
        out["zh"] = _list_of_str(x, path + ".zh");
    }
    x = (0, runtime_js_1.own)(v, "zh-CN");
    if (x !== undefined) {
        out["zh-CN"] = _list_of_str(x, path + ".zh-CN");
    }
    x = (0, runtime_js_1.own)(v, "zh-Hans");
    if (x !== undefined) {
        out["zh-Hans"] = _list_of_str(x, path + ".zh-Hans");
    }
    x = (0, runtime_js_1.own)(v, "zh-TW");
    if (x !== undefined) {
        out["zh-TW"] = _list_of_str(x, path + ".zh-TW");
    }
    x = (0, runtime_js_1.own)(v, "zh-Hant");
    if (x !== undefined) {
        out["zh-Hant"] = _list_of_str(x, path + ".zh-Hant");
    }
    x = (0, runtime_js_1.own)(v, "zh-HK");
    if (x !== undefined) {
        out["zh-HK"] = _list_of_str(x, path + ".zh-HK");
    }
    x = (0, runtime_js_1.own)(v, "cs");
    if (x !== undefined) {
        out["cs"] = _list_of_str(x, path + ".cs");
    }
    x = (0, runtime_js_1.own)(v, "da");
    if (x !== undefined) {
        out["da"] = _list_of_str(x, path + ".da");
    }
    x = (0, runtime_js_1.own)(v, "da-DK");
    if (x !== undefined) {
        out["da-DK"] = _list_of_str(x, path + ".da-DK");
    }
    x = (0, runtime_js_1.own)(v, "nl");
    if (x !== undefined) {
        out["nl"] = _list_of_str(x, path + ".nl");
    }
    x = (0, runtime_js_1.own)(v, "en");
    if (x !== undefined) {
        out["en"] = _list_of_str(x, path + ".en");
    }
    x = (0, runtime_js_1.own)(v, "en-US");
    if (x !== undefined) {
        out["en-US"] = _list_of_str(x, path + ".en-US");
    }
    x = (0, runtime_js_1.own)(v, "en-GB");
    if (x !== undefined) {
        out["en-GB"] = _list_of_str(x, path + ".en-GB");
    }
    x = (0, runtime_js_1.own)(v, "en-NZ");
    if (x !== undefined) {
        out["en-NZ"] = _list_of_str(x, path + ".en-NZ");
    }
    x = (0, runtime_js_1.own)(v, "en-IN");
    if (x !== undefined) {
        out["en-IN"] = _list_of_str(x, path + ".en-IN");
    }
    x = (0, runtime_js_1.own)(v, "en-AU");
    if (x !== undefined) {
        out["en-AU"] = _list_of_str(x, path + ".en-AU");
    }
    x = (0, runtime_js_1.own)(v, "et");
    if (x !== undefined) {
        out["et"] = _list_of_str(x, path + ".et");
    }
    x = (0, runtime_js_1.own)(v, "fi");
    if (x !== undefined) {
        out["fi"] = _list_of_str(x, path + ".fi");
    }
    x = (0, runtime_js_1.own)(v, "nl-BE");
    if (x !== undefined) {
        out["nl-BE"] = _list_of_str(x, path + ".nl-BE");
    }
    x = (0, runtime_js_1.own)(v, "fr");
    if (x !== undefined) {
        out["fr"] = _list_of_str(x, path + ".fr");
    }
    x = (0, runtime_js_1.own)(v, "fr-CA");
    if (x !== undefined) {
        out["fr-CA"] = _list_of_str(x, path + ".fr-CA");
    }
    x = (0, runtime_js_1.own)(v, "de");
    if (x !== undefined) {
        out["de"] = _list_of_str(x, path + ".de");
    }
    x = (0, runtime_js_1.own)(v, "de-CH");
    if (x !== undefined) {
        out["de-CH"] = _list_of_str(x, path + ".de-CH");
    }
    x = (0, runtime_js_1.own)(v, "el");
    if (x !== undefined) {
        out["el"] = _list_of_str(x, path + ".el");
    }
    x = (0, runtime_js_1.own)(v, "hi");
    if (x !== undefined) {
        out["hi"] = _list_of_str(x, path + ".hi");
    }
    x = (0, runtime_js_1.own)(v, "hu");
    if (x !== undefined) {
        out["hu"] = _list_of_str(x, path + ".hu");
    }
    x = (0, runtime_js_1.own)(v, "id");
    if (x !== undefined) {
        out["id"] = _list_of_str(x, path + ".id");
    }
    x = (0, runtime_js_1.own)(v, "it");
    if (x !== undefined) {
        out["it"] = _list_of_str(x, path + ".it");
    }
    x = (0, runtime_js_1.own)(v, "ja");
    if (x !== undefined) {
        out["ja"] = _list_of_str(x, path + ".ja");
    }
    x = (0, runtime_js_1.own)(v, "ko");
    if (x !== undefined) {
        out["ko"] = _list_of_str(x, path + ".ko");
    }
    x = (0, runtime_js_1.own)(v, "ko-KR");
    if (x !== undefined) {
        out["ko-KR"] = _list_of_str(x, path + ".ko-KR");
    }
    x = (0, runtime_js_1.own)(v, "lv");
    if (x !== undefined) {
        out["lv"] = _list_of_str(x, path + ".lv");
    }
    x = (0, runtime_js_1.own)(v, "lt");
    if (x !== undefined) {
        out["lt"] = _list_of_str(x, path + ".lt");
    }
    x = (0, runtime_js_1.own)(v, "ms");
    if (x !== undefined) {
        out["ms"] = _list_of_str(x, path + ".ms");
    }
    x = (0, runtime_js_1.own)(v, "multi");
    if (x !== undefined) {
        out["multi"] = _list_of_str(x, path + ".multi");
    }
    x = (0, runtime_js_1.own)(v, "no");
    if (x !== undefined) {
        out["no"] = _list_of_str(x, path + ".no");
    }
    x = (0, runtime_js_1.own)(v, "pl");
    if (x !== undefined) {
        out["pl"] = _list_of_str(x, path + ".pl");
    }
    x = (0, runtime_js_1.own)(v, "pt");
    if (x !== undefined) {
        out["pt"] = _list_of_str(x, path + ".pt");
    }
    x = (0, runtime_js_1.own)(v, "pt-BR");
    if (x !== undefined) {
        out["pt-BR"] = _list_of_str(x, path + ".pt-BR");
    }
    x = (0, runtime_js_1.own)(v, "pt-PT");
    if (x !== undefined) {
        out["pt-PT"] = _list_of_str(x, path + ".pt-PT");
    }
    x = (0, runtime_js_1.own)(v, "ro");
    if (x !== undefined) {
        out["ro"] = _list_of_str(x, path + ".ro");
    }
    x = (0, runtime_js_1.own)(v, "ru");
    if (x !== undefined) {
        out["ru"] = _list_of_str(x, path + ".ru");
    }
    x = (0, runtime_js_1.own)(v, "sk");
    if (x !== undefined) {
        out["sk"] = _list_of_str(x, path + ".sk");
    }
    x = (0, runtime_js_1.own)(v, "es");
    if (x !== undefined) {
        out["es"] = _list_of_str(x, path + ".es");
    }
    x = (0, runtime_js_1.own)(v, "es-419");
    if (x !== undefined) {
        out["es-419"] = _list_of_str(x, path + ".es-419");
    }
    x = (0, runtime_js_1.own)(v, "sv");
    if (x !== undefined) {
        out["sv"] = _list_of_str(x, path + ".sv");
    }
    x = (0, runtime_js_1.own)(v, "sv-SE");
    if (x !== undefined) {
        out["sv-SE"] = _list_of_str(x, path + ".sv-SE");
    }
    x = (0, runtime_js_1.own)(v, "th");
    if (x !== undefined) {
        out["th"] = _list_of_str(x, path + ".th");
    }
    x = (0, runtime_js_1.own)(v, "th-TH");
    if (x !== undefined) {
        out["th-TH"] = _list_of_str(x, path + ".th-TH");
    }
    x = (0, runtime_js_1.own)(v, "tr");
    if (x !== undefined) {
        out["tr"] = _list_of_str(x, path + ".tr");
    }
    x = (0, runtime_js_1.own)(v, "uk");
    if (x !== undefined) {
        out["uk"] = _list_of_str(x, path + ".uk");
    }
    x = (0, runtime_js_1.own)(v, "vi");
    if (x !== undefined) {
        out["vi"] = _list_of_str(x, path + ".vi");
    }
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (exports.KEYS_FunctionFillers.has(key) || item === undefined)
            continue;
        (0, runtime_js_1.setKey)(out, key, _list_of_str(item, path + "." + key));
    }
    return out;
}
// Checks #/$defs/FunctionParameters
function checkFunctionParameters(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a FunctionParameters object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_FunctionParameters, path, "type", "'object'");
    if (!(x === "object"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'object'");
    out["type"] = "object";
    x = (0, runtime_js_1.own)(v, "properties");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_FunctionParameters, path, "properties", "a JSON object whose values are each a SchemaType value");
    out["properties"] = _map_of_SchemaType(x, path + ".properties");
    x = (0, runtime_js_1.own)(v, "required");
    if (x !== undefined) {
        out["required"] = _list_of_str(x, path + ".required");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_FunctionParameters, path);
    return out;
}
// Checks #/$defs/FunctionsOnSpeakerTimeoutAction
function checkFunctionsOnSpeakerTimeoutAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a FunctionsOnSpeakerTimeoutAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "functions_on_speaker_timeout");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_FunctionsOnSpeakerTimeoutAction, path, "functions_on_speaker_timeout", "true or false");
    if (!(typeof x === "boolean"))
        throw new runtime_js_1.Invalid(path + ".functions_on_speaker_timeout", x, "true or false");
    out["functions_on_speaker_timeout"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_FunctionsOnSpeakerTimeoutAction, path);
    return out;
}
// Checks #/$defs/Goto/properties/goto
function checkGoto(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Goto object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "label");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Goto, path, "label", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".label", x, "a string");
    out["label"] = x;
    x = (0, runtime_js_1.own)(v, "when");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".when", x, "a string");
        out["when"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 1 <= x && x <= 100) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max", x, "an integer from 1 to 100 or a SWML variable such as '${name}'");
        out["max"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Goto, path);
    return out;
}
// Checks #/$defs/HangUpHookSWAIGFunction
function checkHangUpHookSWAIGFunction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a HangUpHookSWAIGFunction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "description");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_HangUpHookSWAIGFunction, path, "description", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = (0, runtime_js_1.own)(v, "function");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_HangUpHookSWAIGFunction, path, "function", "'hangup_hook'");
    if (!(x === "hangup_hook"))
        throw new runtime_js_1.Invalid(path + ".function", x, "'hangup_hook'");
    out["function"] = "hangup_hook";
    x = (0, runtime_js_1.own)(v, "purpose");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".purpose", x, "a string");
        out["purpose"] = x;
    }
    x = (0, runtime_js_1.own)(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkFunctionParameters(x, path + ".parameters");
    }
    x = (0, runtime_js_1.own)(v, "fillers");
    if (x !== undefined) {
        out["fillers"] = checkFunctionFillers(x, path + ".fillers");
    }
    x = (0, runtime_js_1.own)(v, "argument");
    if (x !== undefined) {
        out["argument"] = checkFunctionParameters(x, path + ".argument");
    }
    x = (0, runtime_js_1.own)(v, "active");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
        out["active"] = x;
    }
    x = (0, runtime_js_1.own)(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _map_of_any(x, path + ".meta_data");
    }
    x = (0, runtime_js_1.own)(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = (0, runtime_js_1.own)(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map");
    }
    x = (0, runtime_js_1.own)(v, "skip_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".skip_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["skip_fillers"] = x;
    }
    x = (0, runtime_js_1.own)(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".wait_file", x, "a string");
        out["wait_file"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_file_loops");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".wait_file_loops", x, "an integer or a string");
        out["wait_file_loops"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_for_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".wait_for_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["wait_for_fillers"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_HangUpHookSWAIGFunction, path);
    return out;
}
// Checks #/$defs/Hangup/properties/hangup
function checkHangup(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Hangup object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "reason");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Reason.has(x)))
            throw new runtime_js_1.Invalid(path + ".reason", x, "one of 'hangup', 'busy', 'decline'");
        out["reason"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Hangup, path);
    return out;
}
// Checks #/$defs/HangupAction
function checkHangupAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a HangupAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "hangup");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_HangupAction, path, "hangup", "true or false or a SWML variable such as '${name}'");
    if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
        throw new runtime_js_1.Invalid(path + ".hangup", x, "true or false or a SWML variable such as '${name}'");
    out["hangup"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_HangupAction, path);
    return out;
}
// Checks #/$defs/Hint
function checkHint(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Hint object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "hint");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Hint, path, "hint", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".hint", x, "a string");
    out["hint"] = x;
    x = (0, runtime_js_1.own)(v, "pattern");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Hint, path, "pattern", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".pattern", x, "a string");
    out["pattern"] = x;
    x = (0, runtime_js_1.own)(v, "replace");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Hint, path, "replace", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".replace", x, "a string");
    out["replace"] = x;
    x = (0, runtime_js_1.own)(v, "ignore_case");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".ignore_case", x, "true or false or a SWML variable such as '${name}'");
        out["ignore_case"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Hint, path);
    return out;
}
// Checks #/$defs/HoldAction/properties/hold/anyOf/2
function checkHold(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Hold object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "timeout");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && -2147483648 <= x && x <= 900) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".timeout", x, "an integer from -2147483648 to 900 or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Hold, path);
    return out;
}
// Checks #/$defs/HoldAction
function checkHoldAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a HoldAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "hold");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_HoldAction, path, "hold", "an integer from -2147483648 to 900 or a Hold object or a SWML variable such as '${name}'");
    out["hold"] = _HoldAction_hold(x, path + ".hold");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_HoldAction, path);
    return out;
}
// Checks #/$defs/InjectAction/properties/inject
function checkInject(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an Inject object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "message");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Inject, path, "message", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".message", x, "a string");
    out["message"] = x;
    x = (0, runtime_js_1.own)(v, "direction");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Inject, path, "direction", "one of 'remote-caller', 'local-caller'");
    if (!(typeof x === "string" && exports.E_TranslateDirection.has(x)))
        throw new runtime_js_1.Invalid(path + ".direction", x, "one of 'remote-caller', 'local-caller'");
    out["direction"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Inject, path);
    return out;
}
// Checks #/$defs/InjectAction
function checkInjectAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an InjectAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "inject");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_InjectAction, path, "inject", "an Inject object");
    out["inject"] = checkInject(x, path + ".inject");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_InjectAction, path);
    return out;
}
// Checks #/$defs/IntegerProperty
function checkIntegerProperty(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an IntegerProperty object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_IntegerProperty, path, "type", "'integer'");
    if (!(x === "integer"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'integer'");
    out["type"] = "integer";
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "nullable");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".nullable", x, "true or false or a SWML variable such as '${name}'");
        out["nullable"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enum");
    if (x !== undefined) {
        out["enum"] = _list_of_int(x, path + ".enum");
    }
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".default", x, "an integer or a SWML variable such as '${name}'");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_IntegerProperty, path);
    return out;
}
// Checks #/$defs/JoinConferenceObject
function checkJoinConference(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a JoinConference object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "name");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_JoinConference, path, "name", "a non-blank string");
    if (!(typeof x === "string" && !(0, runtime_js_1.isBlank)(x)))
        throw new runtime_js_1.Invalid(path + ".name", x, "a non-blank string");
    out["name"] = x;
    x = (0, runtime_js_1.own)(v, "muted");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".muted", x, "true or false or a SWML variable such as '${name}'");
        out["muted"] = x;
    }
    x = (0, runtime_js_1.own)(v, "beep");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Beep.has(x)))
            throw new runtime_js_1.Invalid(path + ".beep", x, "one of 'true', 'false', 'onEnter', 'onExit'");
        out["beep"] = x;
    }
    x = (0, runtime_js_1.own)(v, "start_on_enter");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".start_on_enter", x, "true or false or a SWML variable such as '${name}'");
        out["start_on_enter"] = x;
    }
    x = (0, runtime_js_1.own)(v, "end_on_exit");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".end_on_exit", x, "true or false or a SWML variable such as '${name}'");
        out["end_on_exit"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_url");
    if (x !== undefined) {
        if (!((typeof x === "string" && exports.URL_HTTP_HTTPS.test(x)) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".wait_url", x, "an absolute URL starting with http:// or https:// or a SWML variable such as '${name}'");
        out["wait_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_participants");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && 2 <= x && x <= 100000) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_participants", x, "an integer from 2 to 100000 or a SWML variable such as '${name}'");
        out["max_participants"] = x;
    }
    x = (0, runtime_js_1.own)(v, "record");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Record.has(x)))
            throw new runtime_js_1.Invalid(path + ".record", x, "one of 'do-not-record', 'record-from-start'");
        out["record"] = x;
    }
    x = (0, runtime_js_1.own)(v, "region");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Region.has(x)))
            throw new runtime_js_1.Invalid(path + ".region", x, "one of 'global', 'us', 'eu', 'ch'");
        out["region"] = x;
    }
    x = (0, runtime_js_1.own)(v, "trim");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Trim.has(x)))
            throw new runtime_js_1.Invalid(path + ".trim", x, "one of 'trim-silence', 'do-not-trim'");
        out["trim"] = x;
    }
    x = (0, runtime_js_1.own)(v, "coach");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".coach", x, "a string");
        out["coach"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_callback_event");
    if (x !== undefined) {
        out["status_callback_event"] = _joined_StatusCallbackEvent(x, path + ".status_callback_event");
    }
    x = (0, runtime_js_1.own)(v, "status_callback_event_type");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_CallbackEventType.has(x)))
            throw new runtime_js_1.Invalid(path + ".status_callback_event_type", x, "one of 'cxml', 'laml', 'relay'");
        out["status_callback_event_type"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_callback");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.URL_HTTP_HTTPS.test(x)))
            throw new runtime_js_1.Invalid(path + ".status_callback", x, "an absolute URL starting with http:// or https://");
        out["status_callback"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_callback_method");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_HttpMethod.has(x)))
            throw new runtime_js_1.Invalid(path + ".status_callback_method", x, "one of 'GET', 'POST'");
        out["status_callback_method"] = x;
    }
    x = (0, runtime_js_1.own)(v, "recording_status_callback");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.URL_HTTP_HTTPS.test(x)))
            throw new runtime_js_1.Invalid(path + ".recording_status_callback", x, "an absolute URL starting with http:// or https://");
        out["recording_status_callback"] = x;
    }
    x = (0, runtime_js_1.own)(v, "recording_status_callback_method");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_HttpMethod.has(x)))
            throw new runtime_js_1.Invalid(path + ".recording_status_callback_method", x, "one of 'GET', 'POST'");
        out["recording_status_callback_method"] = x;
    }
    x = (0, runtime_js_1.own)(v, "recording_status_callback_event");
    if (x !== undefined) {
        out["recording_status_callback_event"] = _joined_RecordingStatusCallbackEvent(x, path + ".recording_status_callback_event");
    }
    x = (0, runtime_js_1.own)(v, "recording_status_callback_event_type");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_CallbackEventType.has(x)))
            throw new runtime_js_1.Invalid(path + ".recording_status_callback_event_type", x, "one of 'cxml', 'laml', 'relay'");
        out["recording_status_callback_event_type"] = x;
    }
    x = (0, runtime_js_1.own)(v, "result");
    if (x !== undefined) {
        out["result"] = _Switch_or_list_of_CondReg_or_CondElse(x, path + ".result");
    }
    x = (0, runtime_js_1.own)(v, "stream");
    if (x !== undefined) {
        out["stream"] = checkJoinConferenceStream(x, path + ".stream");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_JoinConference, path);
    return out;
}
// Checks #/$defs/JoinConferenceStream
function checkJoinConferenceStream(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a JoinConferenceStream object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "url");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_JoinConferenceStream, path, "url", "an absolute URL starting with wss://");
    if (!(typeof x === "string" && exports.URL_WSS.test(x)))
        throw new runtime_js_1.Invalid(path + ".url", x, "an absolute URL starting with wss://");
    out["url"] = x;
    x = (0, runtime_js_1.own)(v, "name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".name", x, "a string");
        out["name"] = x;
    }
    x = (0, runtime_js_1.own)(v, "codec");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".codec", x, "a string");
        out["codec"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url_method");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_HttpMethod.has(x)))
            throw new runtime_js_1.Invalid(path + ".status_url_method", x, "one of 'GET', 'POST'");
        out["status_url_method"] = x;
    }
    x = (0, runtime_js_1.own)(v, "realtime");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".realtime", x, "true or false or a SWML variable such as '${name}'");
        out["realtime"] = x;
    }
    x = (0, runtime_js_1.own)(v, "authorization_bearer_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".authorization_bearer_token", x, "a string");
        out["authorization_bearer_token"] = x;
    }
    x = (0, runtime_js_1.own)(v, "custom_parameters");
    if (x !== undefined) {
        out["custom_parameters"] = _map_of_str(x, path + ".custom_parameters");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_JoinConferenceStream, path);
    return out;
}
// Checks #/$defs/JoinRoom/properties/join_room
function checkJoinRoom(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a JoinRoom object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "name");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_JoinRoom, path, "name", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".name", x, "a string");
    out["name"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_JoinRoom, path);
    return out;
}
// Checks #/$defs/LanguageParams
function checkLanguageParams(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a LanguageParams object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "stability");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".stability", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["stability"] = x;
    }
    x = (0, runtime_js_1.own)(v, "similarity");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".similarity", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["similarity"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speakingRate");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0.5 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".speakingRate", x, "a number from 0.5 to 1.5 or a SWML variable such as '${name}'");
        out["speakingRate"] = x;
    }
    x = (0, runtime_js_1.own)(v, "temperature");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".temperature", x, "a number from 0 to 2 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speed");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0.5 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".speed", x, "a number from 0.5 to 2 or a SWML variable such as '${name}'");
        out["speed"] = x;
    }
    x = (0, runtime_js_1.own)(v, "vol");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0.1 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".vol", x, "a number from 0.1 to 1 or a SWML variable such as '${name}'");
        out["vol"] = x;
    }
    x = (0, runtime_js_1.own)(v, "pitch");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isInteger)(x) && -12 <= x && x <= 12) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".pitch", x, "an integer from -12 to 12 or a SWML variable such as '${name}'");
        out["pitch"] = x;
    }
    x = (0, runtime_js_1.own)(v, "emotion");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Emotion.has(x)))
            throw new runtime_js_1.Invalid(path + ".emotion", x, "one of 'happy', 'sad', 'angry', 'fearful', 'disgusted', 'surprised', 'neutral'");
        out["emotion"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_LanguageParams, path);
    return out;
}
// Checks #/$defs/Languages
function checkLanguages(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Languages object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "name");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Languages, path, "name", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".name", x, "a string");
    out["name"] = x;
    x = (0, runtime_js_1.own)(v, "code");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Languages, path, "code", "a string or a list of strings (at most 3 items)");
    out["code"] = _Languages_code(x, path + ".code");
    x = (0, runtime_js_1.own)(v, "voice");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Languages, path, "voice", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".voice", x, "a string");
    out["voice"] = x;
    x = (0, runtime_js_1.own)(v, "listen_language");
    if (x !== undefined) {
        out["listen_language"] = _str_or_list_of_str(x, path + ".listen_language");
    }
    x = (0, runtime_js_1.own)(v, "model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".model", x, "a string");
        out["model"] = x;
    }
    x = (0, runtime_js_1.own)(v, "auto_emotion");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new runtime_js_1.Invalid(path + ".auto_emotion", x, "true or false");
        out["auto_emotion"] = x;
    }
    x = (0, runtime_js_1.own)(v, "auto_speed");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new runtime_js_1.Invalid(path + ".auto_speed", x, "true or false");
        out["auto_speed"] = x;
    }
    x = (0, runtime_js_1.own)(v, "engine");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".engine", x, "a string");
        out["engine"] = x;
    }
    x = (0, runtime_js_1.own)(v, "params");
    if (x !== undefined) {
        out["params"] = checkLanguageParams(x, path + ".params");
    }
    x = (0, runtime_js_1.own)(v, "fillers");
    if (x !== undefined) {
        out["fillers"] = _list_of_str(x, path + ".fillers");
    }
    x = (0, runtime_js_1.own)(v, "function_fillers");
    if (x !== undefined) {
        out["function_fillers"] = _list_of_str(x, path + ".function_fillers");
    }
    x = (0, runtime_js_1.own)(v, "speech_fillers");
    if (x !== undefined) {
        out["speech_fillers"] = _list_of_str(x, path + ".speech_fillers");
    }
    x = (0, runtime_js_1.own)(v, "turn_fillers");
    if (x !== undefined) {
        out["turn_fillers"] = _list_of_str(x, path + ".turn_fillers");
    }
    x = (0, runtime_js_1.own)(v, "pronounce");
    if (x !== undefined) {
        out["pronounce"] = _list_of_Pronounce(x, path + ".pronounce");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Languages, path);
    return out;
}
// Checks #/$defs/LiveTranscribe/properties/live_transcribe
function checkLiveTranscribe(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a LiveTranscribe object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "action");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_LiveTranscribe, path, "action", "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'");
    out["action"] = _LiveTranscribe_action(x, path + ".action");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_LiveTranscribe, path);
    return out;
}
// Checks #/$defs/LiveTranslate/properties/live_translate
function checkLiveTranslate(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a LiveTranslate object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "action");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_LiveTranslate, path, "action", "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object");
    out["action"] = _LiveTranslate_action(x, path + ".action");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_LiveTranslate, path);
    return out;
}
// Checks #/$defs/MCPServer
function checkMCPServer(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a MCPServer object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "url");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_MCPServer, path, "url", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".url", x, "a string");
    out["url"] = x;
    x = (0, runtime_js_1.own)(v, "headers");
    if (x !== undefined) {
        out["headers"] = _map_of_str(x, path + ".headers");
    }
    x = (0, runtime_js_1.own)(v, "resources");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".resources", x, "true or false or a SWML variable such as '${name}'");
        out["resources"] = x;
    }
    x = (0, runtime_js_1.own)(v, "resource_vars");
    if (x !== undefined) {
        out["resource_vars"] = _map_of_str(x, path + ".resource_vars");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_MCPServer, path);
    return out;
}
// Checks #/$defs/Multilingual
function checkMultilingual(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Multilingual object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "languages");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Multilingual, path, "languages", "a list of MultilingualLanguage objects");
    out["languages"] = _list_of_MultilingualLanguage(x, path + ".languages");
    x = (0, runtime_js_1.own)(v, "allowed");
    if (x !== undefined) {
        out["allowed"] = _list_of_str(x, path + ".allowed");
    }
    x = (0, runtime_js_1.own)(v, "engine");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".engine", x, "a string");
        out["engine"] = x;
    }
    x = (0, runtime_js_1.own)(v, "model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".model", x, "a string");
        out["model"] = x;
    }
    x = (0, runtime_js_1.own)(v, "provider");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".provider", x, "a string");
        out["provider"] = x;
    }
    x = (0, runtime_js_1.own)(v, "start_language");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".start_language", x, "a string");
        out["start_language"] = x;
    }
    x = (0, runtime_js_1.own)(v, "min_switch_words");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) && 1 <= x))
            throw new runtime_js_1.Invalid(path + ".min_switch_words", x, "an integer of at least 1");
        out["min_switch_words"] = x;
    }
    x = (0, runtime_js_1.own)(v, "fillers");
    if (x !== undefined) {
        out["fillers"] = _list_of_str_or_FunctionFillers(x, path + ".fillers");
    }
    x = (0, runtime_js_1.own)(v, "function_fillers");
    if (x !== undefined) {
        out["function_fillers"] = _list_of_str_or_FunctionFillers(x, path + ".function_fillers");
    }
    x = (0, runtime_js_1.own)(v, "turn_fillers");
    if (x !== undefined) {
        out["turn_fillers"] = _list_of_str_or_TurnFillers(x, path + ".turn_fillers");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Multilingual, path);
    return out;
}
// Checks #/$defs/MultilingualLanguage
function checkMultilingualLanguage(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a MultilingualLanguage object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "language");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_MultilingualLanguage, path, "language", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".language", x, "a string");
    out["language"] = x;
    x = (0, runtime_js_1.own)(v, "voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".voice", x, "a string");
        out["voice"] = x;
    }
    x = (0, runtime_js_1.own)(v, "model");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".model", x, "a string");
        out["model"] = x;
    }
    x = (0, runtime_js_1.own)(v, "engine");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".engine", x, "a string");
        out["engine"] = x;
    }
    x = (0, runtime_js_1.own)(v, "params");
    if (x !== undefined) {
        out["params"] = checkLanguageParams(x, path + ".params");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_MultilingualLanguage, path);
    return out;
}
// Checks #/$defs/NullProperty
function checkNullProperty(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a NullProperty object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_NullProperty, path, "type", "'null'");
    if (!(x === "null"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'null'");
    out["type"] = "null";
    x = (0, runtime_js_1.own)(v, "description");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_NullProperty, path, "description", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".description", x, "a string");
    out["description"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_NullProperty, path);
    return out;
}
// Checks #/$defs/NumberProperty
function checkNumberProperty(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a NumberProperty object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_NumberProperty, path, "type", "'number'");
    if (!(x === "number"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'number'");
    out["type"] = "number";
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "nullable");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".nullable", x, "true or false or a SWML variable such as '${name}'");
        out["nullable"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enum");
    if (x !== undefined) {
        out["enum"] = _list_of_int_or_number_or_list_of_var(x, path + ".enum");
    }
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".default", x, "an integer or a number or a SWML variable such as '${name}'");
        out["default"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_NumberProperty, path);
    return out;
}
// Checks #/$defs/ObjectProperty
function checkObjectProperty(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an ObjectProperty object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ObjectProperty, path, "type", "'object'");
    if (!(x === "object"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'object'");
    out["type"] = "object";
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "nullable");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".nullable", x, "true or false or a SWML variable such as '${name}'");
        out["nullable"] = x;
    }
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        out["default"] = _map_of_any(x, path + ".default");
    }
    x = (0, runtime_js_1.own)(v, "properties");
    if (x !== undefined) {
        out["properties"] = _map_of_SchemaType(x, path + ".properties");
    }
    x = (0, runtime_js_1.own)(v, "required");
    if (x !== undefined) {
        out["required"] = _list_of_str(x, path + ".required");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ObjectProperty, path);
    return out;
}
// Checks #/$defs/OmitPropertiesBedrockPostPomptTextOmittedPromptProps
function checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an OmitPropertiesBedrockPostPomptTextOmittedPromptProps object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "text");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps, path, "text", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".text", x, "a string");
    out["text"] = x;
    x = (0, runtime_js_1.own)(v, "max_tokens");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096))
            throw new runtime_js_1.Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = (0, runtime_js_1.own)(v, "temperature");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = (0, runtime_js_1.own)(v, "top_p");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confidence");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = (0, runtime_js_1.own)(v, "presence_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = (0, runtime_js_1.own)(v, "frequency_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps, path);
    return out;
}
// Checks #/$defs/OmitPropertiesBedrockPostPromptPomOmittedPromptProps
function checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an OmitPropertiesBedrockPostPromptPomOmittedPromptProps object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "pom");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps, path, "pom", "a list of items that are each a POM value (at least 1 item)");
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
    x = (0, runtime_js_1.own)(v, "max_tokens");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096))
            throw new runtime_js_1.Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = (0, runtime_js_1.own)(v, "temperature");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = (0, runtime_js_1.own)(v, "top_p");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confidence");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = (0, runtime_js_1.own)(v, "presence_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = (0, runtime_js_1.own)(v, "frequency_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps, path);
    return out;
}
// Checks #/$defs/OmitPropertiesBedrockPromptPomOmittedPromptProps
function checkOmitPropertiesBedrockPromptPomOmittedPromptProps(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an OmitPropertiesBedrockPromptPomOmittedPromptProps object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "pom");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps, path, "pom", "a list of items that are each a POM value (at least 1 item)");
    out["pom"] = _AIPostPromptPom_pom(x, path + ".pom");
    x = (0, runtime_js_1.own)(v, "voice_id");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_VoiceId.has(x)))
            throw new runtime_js_1.Invalid(path + ".voice_id", x, "one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos'");
        out["voice_id"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_tokens");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096))
            throw new runtime_js_1.Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = (0, runtime_js_1.own)(v, "temperature");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = (0, runtime_js_1.own)(v, "top_p");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confidence");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = (0, runtime_js_1.own)(v, "presence_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = (0, runtime_js_1.own)(v, "frequency_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps, path);
    return out;
}
// Checks #/$defs/OmitPropertiesBedrockPromptTextOmittedPromptProps
function checkOmitPropertiesBedrockPromptTextOmittedPromptProps(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an OmitPropertiesBedrockPromptTextOmittedPromptProps object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "text");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps, path, "text", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".text", x, "a string");
    out["text"] = x;
    x = (0, runtime_js_1.own)(v, "voice_id");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_VoiceId.has(x)))
            throw new runtime_js_1.Invalid(path + ".voice_id", x, "one of 'tiffany', 'matthew', 'amy', 'lupe', 'carlos'");
        out["voice_id"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_tokens");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096))
            throw new runtime_js_1.Invalid(path + ".max_tokens", x, "an integer from 0 to 4096");
        out["max_tokens"] = x;
    }
    x = (0, runtime_js_1.own)(v, "temperature");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1.5) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".temperature", x, "a number from 0 to 1.5 or a SWML variable such as '${name}'");
        out["temperature"] = x;
    }
    x = (0, runtime_js_1.own)(v, "top_p");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".top_p", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["top_p"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confidence");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".confidence", x, "a number from 0 to 1 or a SWML variable such as '${name}'");
        out["confidence"] = x;
    }
    x = (0, runtime_js_1.own)(v, "presence_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".presence_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["presence_penalty"] = x;
    }
    x = (0, runtime_js_1.own)(v, "frequency_penalty");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".frequency_penalty", x, "a number from -2 to 2 or a SWML variable such as '${name}'");
        out["frequency_penalty"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps, path);
    return out;
}
// Checks #/$defs/OneOfProperty
function checkOneOfProperty(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an OneOfProperty object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "oneOf");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_OneOfProperty, path, "oneOf", "a list of items that are each a SchemaType value");
    out["oneOf"] = _list_of_SchemaType(x, path + ".oneOf");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_OneOfProperty, path);
    return out;
}
// Checks #/$defs/Output
function checkOutput(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an Output object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "response");
    if (x !== undefined) {
        out["response"] = _str_or_SwaigToolResult(x, path + ".response");
    }
    x = (0, runtime_js_1.own)(v, "action");
    if (x !== undefined) {
        out["action"] = _BedrockOutput_action(x, path + ".action");
    }
    x = (0, runtime_js_1.own)(v, "post_process");
    if (x !== undefined) {
        if (!(typeof x === "boolean"))
            throw new runtime_js_1.Invalid(path + ".post_process", x, "true or false");
        out["post_process"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Output, path);
    return out;
}
// Checks #/$defs/Pay/properties/pay
function checkPay(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Pay object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "payment_connector_url");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Pay, path, "payment_connector_url", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".payment_connector_url", x, "a string");
    out["payment_connector_url"] = x;
    x = (0, runtime_js_1.own)(v, "charge_amount");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".charge_amount", x, "a string");
        out["charge_amount"] = x;
    }
    x = (0, runtime_js_1.own)(v, "currency");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".currency", x, "a string");
        out["currency"] = x;
    }
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "input");
    if (x !== undefined) {
        if (!(x === "dtmf"))
            throw new runtime_js_1.Invalid(path + ".input", x, "'dtmf'");
        out["input"] = "dtmf";
    }
    x = (0, runtime_js_1.own)(v, "language");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".language", x, "a string");
        out["language"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_attempts");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_attempts", x, "an integer or a SWML variable such as '${name}'");
        out["max_attempts"] = x;
    }
    x = (0, runtime_js_1.own)(v, "min_postal_code_length");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".min_postal_code_length", x, "an integer or a SWML variable such as '${name}'");
        out["min_postal_code_length"] = x;
    }
    x = (0, runtime_js_1.own)(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = _list_of_PayParameters(x, path + ".parameters");
    }
    x = (0, runtime_js_1.own)(v, "payment_method");
    if (x !== undefined) {
        if (!(x === "credit-card"))
            throw new runtime_js_1.Invalid(path + ".payment_method", x, "'credit-card'");
        out["payment_method"] = "credit-card";
    }
    x = (0, runtime_js_1.own)(v, "postal_code");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".postal_code", x, "true or false or a string");
        out["postal_code"] = x;
    }
    x = (0, runtime_js_1.own)(v, "prompts");
    if (x !== undefined) {
        out["prompts"] = _list_of_PayPrompts(x, path + ".prompts");
    }
    x = (0, runtime_js_1.own)(v, "security_code");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".security_code", x, "true or false or a SWML variable such as '${name}'");
        out["security_code"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".timeout", x, "an integer or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "token_type");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_TokenType.has(x)))
            throw new runtime_js_1.Invalid(path + ".token_type", x, "one of 'one-time', 'reusable'");
        out["token_type"] = x;
    }
    x = (0, runtime_js_1.own)(v, "valid_card_types");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".valid_card_types", x, "a string");
        out["valid_card_types"] = x;
    }
    x = (0, runtime_js_1.own)(v, "voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".voice", x, "a string");
        out["voice"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Pay, path);
    return out;
}
// Checks #/$defs/PayParameters
function checkPayParameters(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a PayParameters object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "name");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PayParameters, path, "name", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".name", x, "a string");
    out["name"] = x;
    x = (0, runtime_js_1.own)(v, "value");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PayParameters, path, "value", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".value", x, "a string");
    out["value"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_PayParameters, path);
    return out;
}
// Checks #/$defs/PayPromptPlayAction
function checkPayPromptPlayAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a PayPromptPlayAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PayPromptPlayAction, path, "type", "'Play'");
    if (!(x === "Play"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'Play'");
    out["type"] = "Play";
    x = (0, runtime_js_1.own)(v, "phrase");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PayPromptPlayAction, path, "phrase", "a URL starting with http:// or https://");
    if (!(typeof x === "string" && exports.RE_3.test(x)))
        throw new runtime_js_1.Invalid(path + ".phrase", x, "a URL starting with http:// or https://");
    out["phrase"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_PayPromptPlayAction, path);
    return out;
}
// Checks #/$defs/PayPromptSayAction
function checkPayPromptSayAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a PayPromptSayAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PayPromptSayAction, path, "type", "'Say'");
    if (!(x === "Say"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'Say'");
    out["type"] = "Say";
    x = (0, runtime_js_1.own)(v, "phrase");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PayPromptSayAction, path, "phrase", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".phrase", x, "a string");
    out["phrase"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_PayPromptSayAction, path);
    return out;
}
// Checks #/$defs/PayPrompts
function checkPayPrompts(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a PayPrompts object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "actions");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PayPrompts, path, "actions", "a list of PayPromptSayAction or PayPromptPlayAction objects");
    out["actions"] = _PayPrompts_actions(x, path + ".actions");
    x = (0, runtime_js_1.own)(v, "for");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PayPrompts, path, "for", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".for", x, "a string");
    out["for"] = x;
    x = (0, runtime_js_1.own)(v, "attempts");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".attempts", x, "a string");
        out["attempts"] = x;
    }
    x = (0, runtime_js_1.own)(v, "card_type");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".card_type", x, "a string");
        out["card_type"] = x;
    }
    x = (0, runtime_js_1.own)(v, "error_type");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".error_type", x, "a string");
        out["error_type"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_PayPrompts, path);
    return out;
}
// Checks #/$defs/PlayWithURL
function checkPlayWithURL(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a PlayWithURL object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "url");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PlayWithURL, path, "url", "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a SWML variable such as '${name}'");
    if (!((typeof x === "string" && exports.RE_4.test(x)) || (0, runtime_js_1.isVar)(x)))
        throw new runtime_js_1.Invalid(path + ".url", x, "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a SWML variable such as '${name}'");
    out["url"] = x;
    x = (0, runtime_js_1.own)(v, "auto_answer");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".auto_answer", x, "true or false or a SWML variable such as '${name}'");
        out["auto_answer"] = x;
    }
    x = (0, runtime_js_1.own)(v, "volume");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -40 <= x && x <= 40) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".volume", x, "a number from -40 to 40 or a SWML variable such as '${name}'");
        out["volume"] = x;
    }
    x = (0, runtime_js_1.own)(v, "say_voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".say_voice", x, "a string");
        out["say_voice"] = x;
    }
    x = (0, runtime_js_1.own)(v, "say_language");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".say_language", x, "a string");
        out["say_language"] = x;
    }
    x = (0, runtime_js_1.own)(v, "say_gender");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".say_gender", x, "a string");
        out["say_gender"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_PlayWithURL, path);
    return out;
}
// Checks #/$defs/PlayWithURLS
function checkPlayWithURLS(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a PlayWithURLS object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "urls");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PlayWithURLS, path, "urls", "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}'");
    out["urls"] = _PlayWithURLS_urls(x, path + ".urls");
    x = (0, runtime_js_1.own)(v, "auto_answer");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".auto_answer", x, "true or false or a SWML variable such as '${name}'");
        out["auto_answer"] = x;
    }
    x = (0, runtime_js_1.own)(v, "volume");
    if (x !== undefined) {
        if (!(((0, runtime_js_1.isNumber)(x) && -40 <= x && x <= 40) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".volume", x, "a number from -40 to 40 or a SWML variable such as '${name}'");
        out["volume"] = x;
    }
    x = (0, runtime_js_1.own)(v, "say_voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".say_voice", x, "a string");
        out["say_voice"] = x;
    }
    x = (0, runtime_js_1.own)(v, "say_language");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".say_language", x, "a string");
        out["say_language"] = x;
    }
    x = (0, runtime_js_1.own)(v, "say_gender");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".say_gender", x, "a string");
        out["say_gender"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_PlayWithURLS, path);
    return out;
}
// Checks #/$defs/PlaybackBGAction
function checkPlaybackBGAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a PlaybackBGAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "playback_bg");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PlaybackBGAction, path, "playback_bg", "a PlaybackBg object");
    out["playback_bg"] = checkPlaybackBg(x, path + ".playback_bg");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_PlaybackBGAction, path);
    return out;
}
// Checks #/$defs/PlaybackBGAction/properties/playback_bg
function checkPlaybackBg(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a PlaybackBg object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "file");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PlaybackBg, path, "file", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".file", x, "a string");
    out["file"] = x;
    x = (0, runtime_js_1.own)(v, "wait");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".wait", x, "true or false or a SWML variable such as '${name}'");
        out["wait"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_PlaybackBg, path);
    return out;
}
// Checks #/$defs/PomSectionBodyContent
function checkPomSectionBodyContent(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a PomSectionBodyContent object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "body");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PomSectionBodyContent, path, "body", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".body", x, "a string");
    out["body"] = x;
    x = (0, runtime_js_1.own)(v, "title");
    if (x !== undefined) {
        if (!(typeof x === "string" && (0, runtime_js_1.cpLength)(x) >= 1))
            throw new runtime_js_1.Invalid(path + ".title", x, "a string of at least 1 character");
        out["title"] = x;
    }
    x = (0, runtime_js_1.own)(v, "subsections");
    if (x !== undefined) {
        out["subsections"] = _AIPostPromptPom_pom(x, path + ".subsections");
    }
    x = (0, runtime_js_1.own)(v, "numbered");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".numbered", x, "true or false or a SWML variable such as '${name}'");
        out["numbered"] = x;
    }
    x = (0, runtime_js_1.own)(v, "numberedBullets");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".numberedBullets", x, "true or false or a SWML variable such as '${name}'");
        out["numberedBullets"] = x;
    }
    x = (0, runtime_js_1.own)(v, "bullets");
    if (x !== undefined) {
        out["bullets"] = _AISidecarObject_hints(x, path + ".bullets");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_PomSectionBodyContent, path);
    return out;
}
// Checks #/$defs/PomSectionBulletsContent
function checkPomSectionBulletsContent(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a PomSectionBulletsContent object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "bullets");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_PomSectionBulletsContent, path, "bullets", "a list of strings (at least 1 item)");
    out["bullets"] = _AISidecarObject_hints(x, path + ".bullets");
    x = (0, runtime_js_1.own)(v, "title");
    if (x !== undefined) {
        if (!(typeof x === "string" && (0, runtime_js_1.cpLength)(x) >= 1))
            throw new runtime_js_1.Invalid(path + ".title", x, "a string of at least 1 character");
        out["title"] = x;
    }
    x = (0, runtime_js_1.own)(v, "subsections");
    if (x !== undefined) {
        out["subsections"] = _AIPostPromptPom_pom(x, path + ".subsections");
    }
    x = (0, runtime_js_1.own)(v, "numbered");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".numbered", x, "true or false or a SWML variable such as '${name}'");
        out["numbered"] = x;
    }
    x = (0, runtime_js_1.own)(v, "numberedBullets");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".numberedBullets", x, "true or false or a SWML variable such as '${name}'");
        out["numberedBullets"] = x;
    }
    x = (0, runtime_js_1.own)(v, "body");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".body", x, "a string");
        out["body"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_PomSectionBulletsContent, path);
    return out;
}
// Checks #/$defs/Prompt/properties/prompt
function checkPrompt(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Prompt object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "play");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Prompt, path, "play", "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'");
    out["play"] = _Prompt_play(x, path + ".play");
    x = (0, runtime_js_1.own)(v, "volume");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) && -40 <= x && x <= 40))
            throw new runtime_js_1.Invalid(path + ".volume", x, "a number from -40 to 40");
        out["volume"] = x;
    }
    x = (0, runtime_js_1.own)(v, "say_voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".say_voice", x, "a string");
        out["say_voice"] = x;
    }
    x = (0, runtime_js_1.own)(v, "say_language");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".say_language", x, "a string");
        out["say_language"] = x;
    }
    x = (0, runtime_js_1.own)(v, "say_gender");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".say_gender", x, "a string");
        out["say_gender"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_digits");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_digits", x, "an integer or a SWML variable such as '${name}'");
        out["max_digits"] = x;
    }
    x = (0, runtime_js_1.own)(v, "terminators");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".terminators", x, "a string");
        out["terminators"] = x;
    }
    x = (0, runtime_js_1.own)(v, "digit_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".digit_timeout", x, "a number or a SWML variable such as '${name}'");
        out["digit_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "initial_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".initial_timeout", x, "a number or a SWML variable such as '${name}'");
        out["initial_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".speech_timeout", x, "a number or a SWML variable such as '${name}'");
        out["speech_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_end_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".speech_end_timeout", x, "a number or a SWML variable such as '${name}'");
        out["speech_end_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_language");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".speech_language", x, "a string");
        out["speech_language"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_hints");
    if (x !== undefined) {
        out["speech_hints"] = _list_of_str_or_list_of_var(x, path + ".speech_hints");
    }
    x = (0, runtime_js_1.own)(v, "speech_engine");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".speech_engine", x, "a string");
        out["speech_engine"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Prompt, path);
    return out;
}
// Checks #/$defs/Pronounce
function checkPronounce(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Pronounce object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "replace");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Pronounce, path, "replace", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".replace", x, "a string");
    out["replace"] = x;
    x = (0, runtime_js_1.own)(v, "with");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Pronounce, path, "with", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".with", x, "a string");
    out["with"] = x;
    x = (0, runtime_js_1.own)(v, "ignore_case");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".ignore_case", x, "true or false or a SWML variable such as '${name}'");
        out["ignore_case"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Pronounce, path);
    return out;
}
// Checks #/$defs/ReceiveFax/properties/receive_fax
function checkReceiveFax(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ReceiveFax object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ReceiveFax, path);
    return out;
}
// Checks #/$defs/Record/properties/record
function checkRecordArgument(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a RecordArgument object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "stereo");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".stereo", x, "true or false or a SWML variable such as '${name}'");
        out["stereo"] = x;
    }
    x = (0, runtime_js_1.own)(v, "format");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Format.has(x)))
            throw new runtime_js_1.Invalid(path + ".format", x, "one of 'wav', 'mp3', 'mp4'");
        out["format"] = x;
    }
    x = (0, runtime_js_1.own)(v, "direction");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_RecordDirection.has(x)))
            throw new runtime_js_1.Invalid(path + ".direction", x, "one of 'speak', 'listen'");
        out["direction"] = x;
    }
    x = (0, runtime_js_1.own)(v, "terminators");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".terminators", x, "a string");
        out["terminators"] = x;
    }
    x = (0, runtime_js_1.own)(v, "beep");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".beep", x, "true or false or a SWML variable such as '${name}'");
        out["beep"] = x;
    }
    x = (0, runtime_js_1.own)(v, "input_sensitivity");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".input_sensitivity", x, "a number or a SWML variable such as '${name}'");
        out["input_sensitivity"] = x;
    }
    x = (0, runtime_js_1.own)(v, "initial_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".initial_timeout", x, "a number or a SWML variable such as '${name}'");
        out["initial_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "end_silence_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".end_silence_timeout", x, "a number or a SWML variable such as '${name}'");
        out["end_silence_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_length");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_length", x, "a number or a SWML variable such as '${name}'");
        out["max_length"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_RecordArgument, path);
    return out;
}
// Checks #/$defs/RecordCall/properties/record_call
function checkRecordCall(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a RecordCall object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "control_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".control_id", x, "a string");
        out["control_id"] = x;
    }
    x = (0, runtime_js_1.own)(v, "stereo");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".stereo", x, "true or false or a SWML variable such as '${name}'");
        out["stereo"] = x;
    }
    x = (0, runtime_js_1.own)(v, "format");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Format.has(x)))
            throw new runtime_js_1.Invalid(path + ".format", x, "one of 'wav', 'mp3', 'mp4'");
        out["format"] = x;
    }
    x = (0, runtime_js_1.own)(v, "direction");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_RecordCallDirection.has(x)))
            throw new runtime_js_1.Invalid(path + ".direction", x, "one of 'speak', 'listen', 'both'");
        out["direction"] = x;
    }
    x = (0, runtime_js_1.own)(v, "terminators");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".terminators", x, "a string");
        out["terminators"] = x;
    }
    x = (0, runtime_js_1.own)(v, "beep");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".beep", x, "true or false or a SWML variable such as '${name}'");
        out["beep"] = x;
    }
    x = (0, runtime_js_1.own)(v, "input_sensitivity");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".input_sensitivity", x, "a number or a SWML variable such as '${name}'");
        out["input_sensitivity"] = x;
    }
    x = (0, runtime_js_1.own)(v, "initial_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".initial_timeout", x, "a number or a SWML variable such as '${name}'");
        out["initial_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "end_silence_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".end_silence_timeout", x, "a number or a SWML variable such as '${name}'");
        out["end_silence_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max_length");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".max_length", x, "a number or a SWML variable such as '${name}'");
        out["max_length"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_RecordCall, path);
    return out;
}
// Checks #/$defs/ReplaceInHistoryAction
function checkReplaceInHistoryAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ReplaceInHistoryAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "replace_in_history");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ReplaceInHistoryAction, path, "replace_in_history", "a string or true or false");
    if (!(typeof x === "string" || typeof x === "boolean"))
        throw new runtime_js_1.Invalid(path + ".replace_in_history", x, "a string or true or false");
    out["replace_in_history"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ReplaceInHistoryAction, path);
    return out;
}
// Checks #/$defs/Request/properties/request
function checkRequest(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Request object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "url");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Request, path, "url", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".url", x, "a string");
    out["url"] = x;
    x = (0, runtime_js_1.own)(v, "method");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Request, path, "method", "one of 'GET', 'POST', 'PUT', 'DELETE'");
    if (!(typeof x === "string" && exports.E_Method.has(x)))
        throw new runtime_js_1.Invalid(path + ".method", x, "one of 'GET', 'POST', 'PUT', 'DELETE'");
    out["method"] = x;
    x = (0, runtime_js_1.own)(v, "headers");
    if (x !== undefined) {
        out["headers"] = _map_of_any(x, path + ".headers");
    }
    x = (0, runtime_js_1.own)(v, "body");
    if (x !== undefined) {
        out["body"] = _str_or_map_of_any(x, path + ".body");
    }
    x = (0, runtime_js_1.own)(v, "timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".timeout", x, "a number or a SWML variable such as '${name}'");
        out["timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "connect_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".connect_timeout", x, "a number or a SWML variable such as '${name}'");
        out["connect_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "save_variables");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".save_variables", x, "true or false or a SWML variable such as '${name}'");
        out["save_variables"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Request, path);
    return out;
}
// Checks #/$defs/SMSWithBody
function checkSMSWithBody(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SMSWithBody object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "to_number");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SMSWithBody, path, "to_number", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".to_number", x, "a string");
    out["to_number"] = x;
    x = (0, runtime_js_1.own)(v, "from_number");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SMSWithBody, path, "from_number", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".from_number", x, "a string");
    out["from_number"] = x;
    x = (0, runtime_js_1.own)(v, "body");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SMSWithBody, path, "body", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".body", x, "a string");
    out["body"] = x;
    x = (0, runtime_js_1.own)(v, "region");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".region", x, "a string");
        out["region"] = x;
    }
    x = (0, runtime_js_1.own)(v, "tags");
    if (x !== undefined) {
        out["tags"] = _list_of_str(x, path + ".tags");
    }
    x = (0, runtime_js_1.own)(v, "status_callback");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_callback", x, "a string");
        out["status_callback"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SMSWithBody, path);
    return out;
}
// Checks #/$defs/SMSWithMedia
function checkSMSWithMedia(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SMSWithMedia object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "to_number");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SMSWithMedia, path, "to_number", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".to_number", x, "a string");
    out["to_number"] = x;
    x = (0, runtime_js_1.own)(v, "from_number");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SMSWithMedia, path, "from_number", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".from_number", x, "a string");
    out["from_number"] = x;
    x = (0, runtime_js_1.own)(v, "media");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SMSWithMedia, path, "media", "a list of strings");
    out["media"] = _list_of_str(x, path + ".media");
    x = (0, runtime_js_1.own)(v, "region");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".region", x, "a string");
        out["region"] = x;
    }
    x = (0, runtime_js_1.own)(v, "tags");
    if (x !== undefined) {
        out["tags"] = _list_of_str(x, path + ".tags");
    }
    x = (0, runtime_js_1.own)(v, "status_callback");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_callback", x, "a string");
        out["status_callback"] = x;
    }
    x = (0, runtime_js_1.own)(v, "body");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".body", x, "a string");
        out["body"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SMSWithMedia, path);
    return out;
}
// Checks #/$defs/SWAIG
function checkSWAIG(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SWAIG object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "defaults");
    if (x !== undefined) {
        out["defaults"] = checkSWAIGDefaults(x, path + ".defaults");
    }
    x = (0, runtime_js_1.own)(v, "mcp_servers");
    if (x !== undefined) {
        out["mcp_servers"] = _list_of_MCPServer(x, path + ".mcp_servers");
    }
    x = (0, runtime_js_1.own)(v, "native_functions");
    if (x !== undefined) {
        out["native_functions"] = _list_of_SWAIGNativeFunction(x, path + ".native_functions");
    }
    x = (0, runtime_js_1.own)(v, "includes");
    if (x !== undefined) {
        out["includes"] = _list_of_SWAIGIncludes(x, path + ".includes");
    }
    x = (0, runtime_js_1.own)(v, "functions");
    if (x !== undefined) {
        out["functions"] = _SWAIG_functions(x, path + ".functions");
    }
    x = (0, runtime_js_1.own)(v, "internal_fillers");
    if (x !== undefined) {
        out["internal_fillers"] = checkSWAIGInternalFiller(x, path + ".internal_fillers");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SWAIG, path);
    return out;
}
// Checks #/$defs/SWAIGDefaults
function checkSWAIGDefaults(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SWAIGDefaults object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SWAIGDefaults, path);
    return out;
}
// Checks #/$defs/SWAIGIncludes
function checkSWAIGIncludes(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SWAIGIncludes object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "functions");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SWAIGIncludes, path, "functions", "a list of strings");
    out["functions"] = _list_of_str(x, path + ".functions");
    x = (0, runtime_js_1.own)(v, "url");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SWAIGIncludes, path, "url", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".url", x, "a string");
    out["url"] = x;
    x = (0, runtime_js_1.own)(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _map_of_any(x, path + ".meta_data");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SWAIGIncludes, path);
    return out;
}
// Checks #/$defs/SWAIGInternalFiller
function checkSWAIGInternalFiller(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SWAIGInternalFiller object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "check_time");
    if (x !== undefined) {
        out["check_time"] = checkFunctionFillers(x, path + ".check_time");
    }
    x = (0, runtime_js_1.own)(v, "wait_for_user");
    if (x !== undefined) {
        out["wait_for_user"] = checkFunctionFillers(x, path + ".wait_for_user");
    }
    x = (0, runtime_js_1.own)(v, "wait_seconds");
    if (x !== undefined) {
        out["wait_seconds"] = checkFunctionFillers(x, path + ".wait_seconds");
    }
    x = (0, runtime_js_1.own)(v, "adjust_response_latency");
    if (x !== undefined) {
        out["adjust_response_latency"] = checkFunctionFillers(x, path + ".adjust_response_latency");
    }
    x = (0, runtime_js_1.own)(v, "next_step");
    if (x !== undefined) {
        out["next_step"] = checkFunctionFillers(x, path + ".next_step");
    }
    x = (0, runtime_js_1.own)(v, "change_context");
    if (x !== undefined) {
        out["change_context"] = checkFunctionFillers(x, path + ".change_context");
    }
    x = (0, runtime_js_1.own)(v, "get_visual_input");
    if (x !== undefined) {
        out["get_visual_input"] = checkFunctionFillers(x, path + ".get_visual_input");
    }
    x = (0, runtime_js_1.own)(v, "get_ideal_strategy");
    if (x !== undefined) {
        out["get_ideal_strategy"] = checkFunctionFillers(x, path + ".get_ideal_strategy");
    }
    x = (0, runtime_js_1.own)(v, "pause_conversation");
    if (x !== undefined) {
        out["pause_conversation"] = checkFunctionFillers(x, path + ".pause_conversation");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SWAIGInternalFiller, path);
    return out;
}
// Checks #/$defs/SWMLAction
function checkSWMLAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SWMLAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "SWML");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SWMLAction, path, "SWML", "a SWMLObject object");
    out["SWML"] = checkSWMLObject(x, path + ".SWML");
    x = (0, runtime_js_1.own)(v, "transfer");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".transfer", x, "true or false or a SWML variable such as '${name}'");
        out["transfer"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SWMLAction, path);
    return out;
}
// Checks #
function checkSWMLObject(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SWMLObject object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "sections");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SWMLObject, path, "sections", "a Section object");
    out["sections"] = checkSection(x, path + ".sections");
    x = (0, runtime_js_1.own)(v, "version");
    if (x !== undefined) {
        if (!(x === "1.0.0"))
            throw new runtime_js_1.Invalid(path + ".version", x, "'1.0.0'");
        out["version"] = "1.0.0";
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SWMLObject, path);
    return out;
}
// Checks #/$defs/SayAction
function checkSayAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SayAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "say");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SayAction, path, "say", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".say", x, "a string");
    out["say"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SayAction, path);
    return out;
}
// Checks #/$defs/Section
function checkSection(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Section object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "main");
    if (x === undefined)
        throw new runtime_js_1.Invalid(path + ".main", runtime_js_1.MISSING, "a list of SWML methods");
    out["main"] = _list_of_method(x, path + ".main");
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (exports.KEYS_Section.has(key) || item === undefined)
            continue;
        (0, runtime_js_1.setKey)(out, key, _list_of_method(item, path + "." + key));
    }
    return out;
}
// Checks #/$defs/SendDigits/properties/send_digits
function checkSendDigits(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SendDigits object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "digits");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SendDigits, path, "digits", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".digits", x, "a string");
    out["digits"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SendDigits, path);
    return out;
}
// Checks #/$defs/SendFax/properties/send_fax
function checkSendFax(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SendFax object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "document");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SendFax, path, "document", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".document", x, "a string");
    out["document"] = x;
    x = (0, runtime_js_1.own)(v, "header_info");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".header_info", x, "a string");
        out["header_info"] = x;
    }
    x = (0, runtime_js_1.own)(v, "identity");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".identity", x, "a string");
        out["identity"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SendFax, path);
    return out;
}
// Checks #/$defs/SetGlobalDataAction
function checkSetGlobalDataAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SetGlobalDataAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "set_global_data");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SetGlobalDataAction, path, "set_global_data", "a JSON object");
    out["set_global_data"] = _map_of_any(x, path + ".set_global_data");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SetGlobalDataAction, path);
    return out;
}
// Checks #/$defs/SetMetaDataAction
function checkSetMetaDataAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SetMetaDataAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "set_meta_data");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SetMetaDataAction, path, "set_meta_data", "a JSON object");
    out["set_meta_data"] = _map_of_any(x, path + ".set_meta_data");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SetMetaDataAction, path);
    return out;
}
// Checks #/$defs/SettingsAction/properties/settings
function checkSettings(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Settings object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "frequency-penalty");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2))
            throw new runtime_js_1.Invalid(path + ".frequency-penalty", x, "a number from -2 to 2");
        out["frequency-penalty"] = x;
    }
    x = (0, runtime_js_1.own)(v, "presence-penalty");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) && -2 <= x && x <= 2))
            throw new runtime_js_1.Invalid(path + ".presence-penalty", x, "a number from -2 to 2");
        out["presence-penalty"] = x;
    }
    x = (0, runtime_js_1.own)(v, "max-tokens");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 4096))
            throw new runtime_js_1.Invalid(path + ".max-tokens", x, "an integer from 0 to 4096");
        out["max-tokens"] = x;
    }
    x = (0, runtime_js_1.own)(v, "top-p");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1))
            throw new runtime_js_1.Invalid(path + ".top-p", x, "a number from 0 to 1");
        out["top-p"] = x;
    }
    x = (0, runtime_js_1.own)(v, "confidence");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1))
            throw new runtime_js_1.Invalid(path + ".confidence", x, "a number from 0 to 1");
        out["confidence"] = x;
    }
    x = (0, runtime_js_1.own)(v, "barge-confidence");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 1))
            throw new runtime_js_1.Invalid(path + ".barge-confidence", x, "a number from 0 to 1");
        out["barge-confidence"] = x;
    }
    x = (0, runtime_js_1.own)(v, "temperature");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isNumber)(x) && 0 <= x && x <= 2))
            throw new runtime_js_1.Invalid(path + ".temperature", x, "a number from 0 to 2");
        out["temperature"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Settings, path);
    return out;
}
// Checks #/$defs/SettingsAction
function checkSettingsAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SettingsAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "settings");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SettingsAction, path, "settings", "a Settings object");
    out["settings"] = checkSettings(x, path + ".settings");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SettingsAction, path);
    return out;
}
// Checks #/$defs/SIPRefer/properties/sip_refer
function checkSipRefer(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SipRefer object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "to_uri");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SipRefer, path, "to_uri", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".to_uri", x, "a string");
    out["to_uri"] = x;
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "username");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".username", x, "a string");
        out["username"] = x;
    }
    x = (0, runtime_js_1.own)(v, "password");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".password", x, "a string");
        out["password"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SipRefer, path);
    return out;
}
// Checks #/$defs/Sleep/properties/sleep/anyOf/0
function checkSleep(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Sleep object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "duration");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Sleep, path, "duration", "an integer of at least -1 or a SWML variable such as '${name}'");
    if (!(((0, runtime_js_1.isInteger)(x) && -1 <= x) || (0, runtime_js_1.isVar)(x)))
        throw new runtime_js_1.Invalid(path + ".duration", x, "an integer of at least -1 or a SWML variable such as '${name}'");
    out["duration"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Sleep, path);
    return out;
}
// Checks #/$defs/SpeechEventTimeoutAction
function checkSpeechEventTimeoutAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SpeechEventTimeoutAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "speech_event_timeout");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SpeechEventTimeoutAction, path, "speech_event_timeout", "an integer from 0 to 10000 or a SWML variable such as '${name}'");
    if (!(((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 10000) || (0, runtime_js_1.isVar)(x)))
        throw new runtime_js_1.Invalid(path + ".speech_event_timeout", x, "an integer from 0 to 10000 or a SWML variable such as '${name}'");
    out["speech_event_timeout"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SpeechEventTimeoutAction, path);
    return out;
}
// Checks #/$defs/StartAction
function checkStartAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a StartAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "start");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_StartAction, path, "start", "a StartActionStart object");
    out["start"] = checkStartActionStart(x, path + ".start");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_StartAction, path);
    return out;
}
// Checks #/$defs/StartAction/properties/start
function checkStartActionStart(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a StartActionStart object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "from_lang");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_StartActionStart, path, "from_lang", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".from_lang", x, "a string");
    out["from_lang"] = x;
    x = (0, runtime_js_1.own)(v, "to_lang");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_StartActionStart, path, "to_lang", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".to_lang", x, "a string");
    out["to_lang"] = x;
    x = (0, runtime_js_1.own)(v, "direction");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_StartActionStart, path, "direction", "a list of items that are each one of 'remote-caller', 'local-caller'");
    out["direction"] = _list_of_TranslateDirection(x, path + ".direction");
    x = (0, runtime_js_1.own)(v, "webhook");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".webhook", x, "a string");
        out["webhook"] = x;
    }
    x = (0, runtime_js_1.own)(v, "from_voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".from_voice", x, "a string");
        out["from_voice"] = x;
    }
    x = (0, runtime_js_1.own)(v, "to_voice");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".to_voice", x, "a string");
        out["to_voice"] = x;
    }
    x = (0, runtime_js_1.own)(v, "filter_from");
    if (x !== undefined) {
        if (!((typeof x === "string" && exports.E_TranslationFilterPreset.has(x)) ||
            (typeof x === "string" && exports.RE_5.test(x))))
            throw new runtime_js_1.Invalid(path + ".filter_from", x, "one of 'polite', 'rude', 'professional', 'shakespeare', 'gen-z' or 'prompt:' followed by the filter's instructions");
        out["filter_from"] = x;
    }
    x = (0, runtime_js_1.own)(v, "filter_to");
    if (x !== undefined) {
        if (!((typeof x === "string" && exports.E_TranslationFilterPreset.has(x)) ||
            (typeof x === "string" && exports.RE_5.test(x))))
            throw new runtime_js_1.Invalid(path + ".filter_to", x, "one of 'polite', 'rude', 'professional', 'shakespeare', 'gen-z' or 'prompt:' followed by the filter's instructions");
        out["filter_to"] = x;
    }
    x = (0, runtime_js_1.own)(v, "live_events");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".live_events", x, "true or false or a SWML variable such as '${name}'");
        out["live_events"] = x;
    }
    x = (0, runtime_js_1.own)(v, "ai_summary");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".ai_summary", x, "true or false or a SWML variable such as '${name}'");
        out["ai_summary"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".speech_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["speech_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "vad_silence_ms");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".vad_silence_ms", x, "an integer or a SWML variable such as '${name}'");
        out["vad_silence_ms"] = x;
    }
    x = (0, runtime_js_1.own)(v, "vad_thresh");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".vad_thresh", x, "an integer or a SWML variable such as '${name}'");
        out["vad_thresh"] = x;
    }
    x = (0, runtime_js_1.own)(v, "debug_level");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".debug_level", x, "an integer or a SWML variable such as '${name}'");
        out["debug_level"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_engine");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_SpeechEngine.has(x)))
            throw new runtime_js_1.Invalid(path + ".speech_engine", x, "one of 'deepgram', 'google'");
        out["speech_engine"] = x;
    }
    x = (0, runtime_js_1.own)(v, "ai_summary_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".ai_summary_prompt", x, "a string");
        out["ai_summary_prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_StartActionStart, path);
    return out;
}
// Checks #/$defs/StartUpHookSWAIGFunction
function checkStartUpHookSWAIGFunction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a StartUpHookSWAIGFunction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "description");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_StartUpHookSWAIGFunction, path, "description", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = (0, runtime_js_1.own)(v, "function");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_StartUpHookSWAIGFunction, path, "function", "'startup_hook'");
    if (!(x === "startup_hook"))
        throw new runtime_js_1.Invalid(path + ".function", x, "'startup_hook'");
    out["function"] = "startup_hook";
    x = (0, runtime_js_1.own)(v, "purpose");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".purpose", x, "a string");
        out["purpose"] = x;
    }
    x = (0, runtime_js_1.own)(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkFunctionParameters(x, path + ".parameters");
    }
    x = (0, runtime_js_1.own)(v, "fillers");
    if (x !== undefined) {
        out["fillers"] = checkFunctionFillers(x, path + ".fillers");
    }
    x = (0, runtime_js_1.own)(v, "argument");
    if (x !== undefined) {
        out["argument"] = checkFunctionParameters(x, path + ".argument");
    }
    x = (0, runtime_js_1.own)(v, "active");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
        out["active"] = x;
    }
    x = (0, runtime_js_1.own)(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _map_of_any(x, path + ".meta_data");
    }
    x = (0, runtime_js_1.own)(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = (0, runtime_js_1.own)(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map");
    }
    x = (0, runtime_js_1.own)(v, "skip_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".skip_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["skip_fillers"] = x;
    }
    x = (0, runtime_js_1.own)(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".wait_file", x, "a string");
        out["wait_file"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_file_loops");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".wait_file_loops", x, "an integer or a string");
        out["wait_file_loops"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_for_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".wait_for_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["wait_for_fillers"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_StartUpHookSWAIGFunction, path);
    return out;
}
// Checks #/$defs/StopAction
function checkStopAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a StopAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "stop");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_StopAction, path, "stop", "true or false or a SWML variable such as '${name}'");
    if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
        throw new runtime_js_1.Invalid(path + ".stop", x, "true or false or a SWML variable such as '${name}'");
    out["stop"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_StopAction, path);
    return out;
}
// Checks #/$defs/StopDenoise/properties/stop_denoise
function checkStopDenoise(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a StopDenoise object");
    const out = {};
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_StopDenoise, path);
    return out;
}
// Checks #/$defs/StopPlaybackBGAction
function checkStopPlaybackBGAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a StopPlaybackBGAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "stop_playback_bg");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_StopPlaybackBGAction, path, "stop_playback_bg", "true or false or a SWML variable such as '${name}'");
    if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
        throw new runtime_js_1.Invalid(path + ".stop_playback_bg", x, "true or false or a SWML variable such as '${name}'");
    out["stop_playback_bg"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_StopPlaybackBGAction, path);
    return out;
}
// Checks #/$defs/StopRecordCall/properties/stop_record_call
function checkStopRecordCall(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a StopRecordCall object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "control_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".control_id", x, "a string");
        out["control_id"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_StopRecordCall, path);
    return out;
}
// Checks #/$defs/StopStream/properties/stop_stream
function checkStopStream(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a StopStream object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "control_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".control_id", x, "a string");
        out["control_id"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_StopStream, path);
    return out;
}
// Checks #/$defs/StopTap/properties/stop_tap
function checkStopTap(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a StopTap object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "control_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".control_id", x, "a string");
        out["control_id"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_StopTap, path);
    return out;
}
// Checks #/$defs/Stream/properties/stream
function checkStream(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Stream object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "url");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Stream, path, "url", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".url", x, "a string");
    out["url"] = x;
    x = (0, runtime_js_1.own)(v, "control_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".control_id", x, "a string");
        out["control_id"] = x;
    }
    x = (0, runtime_js_1.own)(v, "name");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".name", x, "a string");
        out["name"] = x;
    }
    x = (0, runtime_js_1.own)(v, "track");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Track.has(x)))
            throw new runtime_js_1.Invalid(path + ".track", x, "one of 'inbound_track', 'outbound_track', 'both_tracks'");
        out["track"] = x;
    }
    x = (0, runtime_js_1.own)(v, "codec");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".codec", x, "a string");
        out["codec"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url_method");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_StatusUrlMethod.has(x)))
            throw new runtime_js_1.Invalid(path + ".status_url_method", x, "one of 'GET', 'POST'");
        out["status_url_method"] = x;
    }
    x = (0, runtime_js_1.own)(v, "authorization_bearer_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".authorization_bearer_token", x, "a string");
        out["authorization_bearer_token"] = x;
    }
    x = (0, runtime_js_1.own)(v, "custom_parameters");
    if (x !== undefined) {
        out["custom_parameters"] = _map_of_str(x, path + ".custom_parameters");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Stream, path);
    return out;
}
// Checks #/$defs/StringProperty
function checkStringProperty(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a StringProperty object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "type");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_StringProperty, path, "type", "'string'");
    if (!(x === "string"))
        throw new runtime_js_1.Invalid(path + ".type", x, "'string'");
    out["type"] = "string";
    x = (0, runtime_js_1.own)(v, "description");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".description", x, "a string");
        out["description"] = x;
    }
    x = (0, runtime_js_1.own)(v, "nullable");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".nullable", x, "true or false or a SWML variable such as '${name}'");
        out["nullable"] = x;
    }
    x = (0, runtime_js_1.own)(v, "enum");
    if (x !== undefined) {
        out["enum"] = _list_of_str(x, path + ".enum");
    }
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".default", x, "a string");
        out["default"] = x;
    }
    x = (0, runtime_js_1.own)(v, "pattern");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".pattern", x, "a string");
        out["pattern"] = x;
    }
    x = (0, runtime_js_1.own)(v, "format");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_StringFormat.has(x)))
            throw new runtime_js_1.Invalid(path + ".format", x, "one of 'date_time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uri', 'uuid'");
        out["format"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_StringProperty, path);
    return out;
}
// Checks #/$defs/SummarizeAction
function checkSummarizeAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SummarizeAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "summarize");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SummarizeAction, path, "summarize", "a SummarizeActionSummarize object");
    out["summarize"] = checkSummarizeActionSummarize(x, path + ".summarize");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SummarizeAction, path);
    return out;
}
// Checks #/$defs/SummarizeAction/properties/summarize
function checkSummarizeActionSummarize(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SummarizeActionSummarize object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "webhook");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".webhook", x, "a string");
        out["webhook"] = x;
    }
    x = (0, runtime_js_1.own)(v, "prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".prompt", x, "a string");
        out["prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SummarizeActionSummarize, path);
    return out;
}
// Checks #/$defs/SummarizeConversationSWAIGFunction
function checkSummarizeConversationSWAIGFunction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SummarizeConversationSWAIGFunction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "description");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SummarizeConversationSWAIGFunction, path, "description", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = (0, runtime_js_1.own)(v, "function");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SummarizeConversationSWAIGFunction, path, "function", "'summarize_conversation'");
    if (!(x === "summarize_conversation"))
        throw new runtime_js_1.Invalid(path + ".function", x, "'summarize_conversation'");
    out["function"] = "summarize_conversation";
    x = (0, runtime_js_1.own)(v, "purpose");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".purpose", x, "a string");
        out["purpose"] = x;
    }
    x = (0, runtime_js_1.own)(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkFunctionParameters(x, path + ".parameters");
    }
    x = (0, runtime_js_1.own)(v, "fillers");
    if (x !== undefined) {
        out["fillers"] = checkFunctionFillers(x, path + ".fillers");
    }
    x = (0, runtime_js_1.own)(v, "argument");
    if (x !== undefined) {
        out["argument"] = checkFunctionParameters(x, path + ".argument");
    }
    x = (0, runtime_js_1.own)(v, "active");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
        out["active"] = x;
    }
    x = (0, runtime_js_1.own)(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _map_of_any(x, path + ".meta_data");
    }
    x = (0, runtime_js_1.own)(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = (0, runtime_js_1.own)(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map");
    }
    x = (0, runtime_js_1.own)(v, "skip_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".skip_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["skip_fillers"] = x;
    }
    x = (0, runtime_js_1.own)(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".wait_file", x, "a string");
        out["wait_file"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_file_loops");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".wait_file_loops", x, "an integer or a string");
        out["wait_file_loops"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_for_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".wait_for_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["wait_for_fillers"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SummarizeConversationSWAIGFunction, path);
    return out;
}
// Checks #/$defs/SwaigToolResult
function checkSwaigToolResult(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SwaigToolResult object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "tool_result");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".tool_result", x, "a string");
        out["tool_result"] = x;
    }
    x = (0, runtime_js_1.own)(v, "tool_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".tool_prompt", x, "a string");
        out["tool_prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SwaigToolResult, path);
    return out;
}
// Checks #/$defs/JoinConferenceObject/properties/result/anyOf/0
function checkSwitch(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Switch object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "variable");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Switch, path, "variable", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".variable", x, "a string");
    out["variable"] = x;
    x = (0, runtime_js_1.own)(v, "case");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Switch, path, "case", "a JSON object whose values are each a list of SWML methods");
    out["case"] = _map_of_list_of_method(x, path + ".case");
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        out["default"] = _list_of_method(x, path + ".default");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Switch, path);
    return out;
}
// Checks #/$defs/Switch/properties/switch
function checkSwitchArgument(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a SwitchArgument object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "variable");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SwitchArgument, path, "variable", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".variable", x, "a string");
    out["variable"] = x;
    x = (0, runtime_js_1.own)(v, "case");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_SwitchArgument, path, "case", "a JSON object whose values are each a list of SWML methods");
    out["case"] = _map_of_list_of_method(x, path + ".case");
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        out["default"] = _list_of_method(x, path + ".default");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_SwitchArgument, path);
    return out;
}
// Checks #/$defs/Tap/properties/tap
function checkTap(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Tap object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "uri");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Tap, path, "uri", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".uri", x, "a string");
    out["uri"] = x;
    x = (0, runtime_js_1.own)(v, "control_id");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".control_id", x, "a string");
        out["control_id"] = x;
    }
    x = (0, runtime_js_1.own)(v, "direction");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_TapDirection.has(x)))
            throw new runtime_js_1.Invalid(path + ".direction", x, "one of 'speak', 'listen', 'both'");
        out["direction"] = x;
    }
    x = (0, runtime_js_1.own)(v, "codec");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Codec.has(x)))
            throw new runtime_js_1.Invalid(path + ".codec", x, "one of 'PCMU', 'PCMA'");
        out["codec"] = x;
    }
    x = (0, runtime_js_1.own)(v, "rtp_ptime");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".rtp_ptime", x, "an integer or a SWML variable such as '${name}'");
        out["rtp_ptime"] = x;
    }
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Tap, path);
    return out;
}
// Checks #/$defs/ToggleFunctionsAction
function checkToggleFunctionsAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ToggleFunctionsAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "toggle_functions");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ToggleFunctionsAction, path, "toggle_functions", "a list of ToggleFunctionsItem objects");
    out["toggle_functions"] = _list_of_ToggleFunctionsItem(x, path + ".toggle_functions");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ToggleFunctionsAction, path);
    return out;
}
// Checks #/$defs/ToggleFunctionsAction/properties/toggle_functions/items
function checkToggleFunctionsItem(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a ToggleFunctionsItem object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "active");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ToggleFunctionsItem, path, "active", "true or false or a SWML variable such as '${name}'");
    if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
        throw new runtime_js_1.Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
    out["active"] = x;
    x = (0, runtime_js_1.own)(v, "function");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_ToggleFunctionsItem, path, "function", "a string or a list of strings");
    out["function"] = _str_or_list_of_str(x, path + ".function");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_ToggleFunctionsItem, path);
    return out;
}
// Checks #/$defs/Transcribe/properties/transcribe
function checkTranscribe(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Transcribe object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "status_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".status_url", x, "a string");
        out["status_url"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Transcribe, path);
    return out;
}
// Checks #/$defs/TranscribeStartAction
function checkTranscribeStartAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a TranscribeStartAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "start");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_TranscribeStartAction, path, "start", "a TranscribeStartActionStart object");
    out["start"] = checkTranscribeStartActionStart(x, path + ".start");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_TranscribeStartAction, path);
    return out;
}
// Checks #/$defs/TranscribeStartAction/properties/start
function checkTranscribeStartActionStart(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a TranscribeStartActionStart object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "lang");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_TranscribeStartActionStart, path, "lang", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".lang", x, "a string");
    out["lang"] = x;
    x = (0, runtime_js_1.own)(v, "direction");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_TranscribeStartActionStart, path, "direction", "a list of items that are each one of 'remote-caller', 'local-caller'");
    out["direction"] = _list_of_TranscribeDirection(x, path + ".direction");
    x = (0, runtime_js_1.own)(v, "ai_summary");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".ai_summary", x, "true or false or a SWML variable such as '${name}'");
        out["ai_summary"] = x;
    }
    x = (0, runtime_js_1.own)(v, "webhook");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".webhook", x, "a string");
        out["webhook"] = x;
    }
    x = (0, runtime_js_1.own)(v, "live_events");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".live_events", x, "true or false or a SWML variable such as '${name}'");
        out["live_events"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_timeout");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".speech_timeout", x, "an integer or a SWML variable such as '${name}'");
        out["speech_timeout"] = x;
    }
    x = (0, runtime_js_1.own)(v, "vad_silence_ms");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".vad_silence_ms", x, "an integer or a SWML variable such as '${name}'");
        out["vad_silence_ms"] = x;
    }
    x = (0, runtime_js_1.own)(v, "vad_thresh");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".vad_thresh", x, "an integer or a SWML variable such as '${name}'");
        out["vad_thresh"] = x;
    }
    x = (0, runtime_js_1.own)(v, "debug_level");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".debug_level", x, "an integer or a SWML variable such as '${name}'");
        out["debug_level"] = x;
    }
    x = (0, runtime_js_1.own)(v, "speech_engine");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_SpeechEngine.has(x)))
            throw new runtime_js_1.Invalid(path + ".speech_engine", x, "one of 'deepgram', 'google'");
        out["speech_engine"] = x;
    }
    x = (0, runtime_js_1.own)(v, "ai_summary_prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".ai_summary_prompt", x, "a string");
        out["ai_summary_prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_TranscribeStartActionStart, path);
    return out;
}
// Checks #/$defs/TranscribeStop/properties/transcribe_stop
function checkTranscribeStop(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a TranscribeStop object");
    const out = {};
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_TranscribeStop, path);
    return out;
}
// Checks #/$defs/TranscribeSummarizeAction
function checkTranscribeSummarizeAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a TranscribeSummarizeAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "summarize");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_TranscribeSummarizeAction, path, "summarize", "a TranscribeSummarizeActionSummarize object");
    out["summarize"] = checkTranscribeSummarizeActionSummarize(x, path + ".summarize");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_TranscribeSummarizeAction, path);
    return out;
}
// Checks #/$defs/TranscribeSummarizeAction/properties/summarize
function checkTranscribeSummarizeActionSummarize(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a TranscribeSummarizeActionSummarize object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "webhook");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".webhook", x, "a string");
        out["webhook"] = x;
    }
    x = (0, runtime_js_1.own)(v, "prompt");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".prompt", x, "a string");
        out["prompt"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_TranscribeSummarizeActionSummarize, path);
    return out;
}
// Checks #/$defs/Transfer/properties/transfer
function checkTransfer(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Transfer object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "dest");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Transfer, path, "dest", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".dest", x, "a string");
    out["dest"] = x;
    x = (0, runtime_js_1.own)(v, "params");
    if (x !== undefined) {
        out["params"] = _map_of_any(x, path + ".params");
    }
    x = (0, runtime_js_1.own)(v, "meta");
    if (x !== undefined) {
        out["meta"] = _map_of_any(x, path + ".meta");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Transfer, path);
    return out;
}
// Checks #/$defs/TurnFillers
function checkTurnFillers(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a TurnFillers object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "default");
    if (x !== undefined) {
        out["default"] = _list_of_str(x, path + ".default");
    }
    x = (0, runtime_js_1.own)(v, "bg");
    if (x !== undefined) {
        out["bg"] = _list_of_str(x, path + ".bg");
    }
    x = (0, runtime_js_1.own)(v, "ca");
    if (x !== undefined) {
        out["ca"] = _list_of_str(x, path + ".ca");
    }
    x = (0, runtime_js_1.own)(v, "zh");
    if (x !== undefined) {
        out["zh"] = _list_of_str(x, path + ".zh");
    }
    x = (0, runtime_js_1.own)(v, "zh-CN");
    if (x !== undefined) {
        out["zh-CN"] = _list_of_str(x, path + ".zh-CN");
    }
    x = (0, runtime_js_1.own)(v, "zh-Hans");
    if (x !== undefined) {
        out["zh-Hans"] = _list_of_str(x, path + ".zh-Hans");
    }
    x = (0, runtime_js_1.own)(v, "zh-TW");
    if (x !== undefined) {
        out["zh-TW"] = _list_of_str(x, path + ".zh-TW");
    }
    x = (0, runtime_js_1.own)(v, "zh-Hant");
    if (x !== undefined) {
        out["zh-Hant"] = _list_of_str(x, path + ".zh-Hant");
    }
    x = (0, runtime_js_1.own)(v, "zh-HK");
    if (x !== undefined) {
        out["zh-HK"] = _list_of_str(x, path + ".zh-HK");
    }
    x = (0, runtime_js_1.own)(v, "cs");
    if (x !== undefined) {
        out["cs"] = _list_of_str(x, path + ".cs");
    }
    x = (0, runtime_js_1.own)(v, "da");
    if (x !== undefined) {
        out["da"] = _list_of_str(x, path + ".da");
    }
    x = (0, runtime_js_1.own)(v, "da-DK");
    if (x !== undefined) {
        out["da-DK"] = _list_of_str(x, path + ".da-DK");
    }
    x = (0, runtime_js_1.own)(v, "nl");
    if (x !== undefined) {
        out["nl"] = _list_of_str(x, path + ".nl");
    }
    x = (0, runtime_js_1.own)(v, "en");
    if (x !== undefined) {
        out["en"] = _list_of_str(x, path + ".en");
    }
    x = (0, runtime_js_1.own)(v, "en-US");
    if (x !== undefined) {
        out["en-US"] = _list_of_str(x, path + ".en-US");
    }
    x = (0, runtime_js_1.own)(v, "en-GB");
    if (x !== undefined) {
        out["en-GB"] = _list_of_str(x, path + ".en-GB");
    }
    x = (0, runtime_js_1.own)(v, "en-NZ");
    if (x !== undefined) {
        out["en-NZ"] = _list_of_str(x, path + ".en-NZ");
    }
    x = (0, runtime_js_1.own)(v, "en-IN");
    if (x !== undefined) {
        out["en-IN"] = _list_of_str(x, path + ".en-IN");
    }
    x = (0, runtime_js_1.own)(v, "en-AU");
    if (x !== undefined) {
        out["en-AU"] = _list_of_str(x, path + ".en-AU");
    }
    x = (0, runtime_js_1.own)(v, "et");
    if (x !== undefined) {
        out["et"] = _list_of_str(x, path + ".et");
    }
    x = (0, runtime_js_1.own)(v, "fi");
    if (x !== undefined) {
        out["fi"] = _list_of_str(x, path + ".fi");
    }
    x = (0, runtime_js_1.own)(v, "nl-BE");
    if (x !== undefined) {
        out["nl-BE"] = _list_of_str(x, path + ".nl-BE");
    }
    x = (0, runtime_js_1.own)(v, "fr");
    if (x !== undefined) {
        out["fr"] = _list_of_str(x, path + ".fr");
    }
    x = (0, runtime_js_1.own)(v, "fr-CA");
    if (x !== undefined) {
        out["fr-CA"] = _list_of_str(x, path + ".fr-CA");
    }
    x = (0, runtime_js_1.own)(v, "de");
    if (x !== undefined) {
        out["de"] = _list_of_str(x, path + ".de");
    }
    x = (0, runtime_js_1.own)(v, "de-CH");
    if (x !== undefined) {
        out["de-CH"] = _list_of_str(x, path + ".de-CH");
    }
    x = (0, runtime_js_1.own)(v, "el");
    if (x !== undefined) {
        out["el"] = _list_of_str(x, path + ".el");
    }
    x = (0, runtime_js_1.own)(v, "hi");
    if (x !== undefined) {
        out["hi"] = _list_of_str(x, path + ".hi");
    }
    x = (0, runtime_js_1.own)(v, "hu");
    if (x !== undefined) {
        out["hu"] = _list_of_str(x, path + ".hu");
    }
    x = (0, runtime_js_1.own)(v, "id");
    if (x !== undefined) {
        out["id"] = _list_of_str(x, path + ".id");
    }
    x = (0, runtime_js_1.own)(v, "it");
    if (x !== undefined) {
        out["it"] = _list_of_str(x, path + ".it");
    }
    x = (0, runtime_js_1.own)(v, "ja");
    if (x !== undefined) {
        out["ja"] = _list_of_str(x, path + ".ja");
    }
    x = (0, runtime_js_1.own)(v, "ko");
    if (x !== undefined) {
        out["ko"] = _list_of_str(x, path + ".ko");
    }
    x = (0, runtime_js_1.own)(v, "ko-KR");
    if (x !== undefined) {
        out["ko-KR"] = _list_of_str(x, path + ".ko-KR");
    }
    x = (0, runtime_js_1.own)(v, "lv");
    if (x !== undefined) {
        out["lv"] = _list_of_str(x, path + ".lv");
    }
    x = (0, runtime_js_1.own)(v, "lt");
    if (x !== undefined) {
        out["lt"] = _list_of_str(x, path + ".lt");
    }
    x = (0, runtime_js_1.own)(v, "ms");
    if (x !== undefined) {
        out["ms"] = _list_of_str(x, path + ".ms");
    }
    x = (0, runtime_js_1.own)(v, "multi");
    if (x !== undefined) {
        out["multi"] = _list_of_str(x, path + ".multi");
    }
    x = (0, runtime_js_1.own)(v, "no");
    if (x !== undefined) {
        out["no"] = _list_of_str(x, path + ".no");
    }
    x = (0, runtime_js_1.own)(v, "pl");
    if (x !== undefined) {
        out["pl"] = _list_of_str(x, path + ".pl");
    }
    x = (0, runtime_js_1.own)(v, "pt");
    if (x !== undefined) {
        out["pt"] = _list_of_str(x, path + ".pt");
    }
    x = (0, runtime_js_1.own)(v, "pt-BR");
    if (x !== undefined) {
        out["pt-BR"] = _list_of_str(x, path + ".pt-BR");
    }
    x = (0, runtime_js_1.own)(v, "pt-PT");
    if (x !== undefined) {
        out["pt-PT"] = _list_of_str(x, path + ".pt-PT");
    }
    x = (0, runtime_js_1.own)(v, "ro");
    if (x !== undefined) {
        out["ro"] = _list_of_str(x, path + ".ro");
    }
    x = (0, runtime_js_1.own)(v, "ru");
    if (x !== undefined) {
        out["ru"] = _list_of_str(x, path + ".ru");
    }
    x = (0, runtime_js_1.own)(v, "sk");
    if (x !== undefined) {
        out["sk"] = _list_of_str(x, path + ".sk");
    }
    x = (0, runtime_js_1.own)(v, "es");
    if (x !== undefined) {
        out["es"] = _list_of_str(x, path + ".es");
    }
    x = (0, runtime_js_1.own)(v, "es-419");
    if (x !== undefined) {
        out["es-419"] = _list_of_str(x, path + ".es-419");
    }
    x = (0, runtime_js_1.own)(v, "sv");
    if (x !== undefined) {
        out["sv"] = _list_of_str(x, path + ".sv");
    }
    x = (0, runtime_js_1.own)(v, "sv-SE");
    if (x !== undefined) {
        out["sv-SE"] = _list_of_str(x, path + ".sv-SE");
    }
    x = (0, runtime_js_1.own)(v, "th");
    if (x !== undefined) {
        out["th"] = _list_of_str(x, path + ".th");
    }
    x = (0, runtime_js_1.own)(v, "th-TH");
    if (x !== undefined) {
        out["th-TH"] = _list_of_str(x, path + ".th-TH");
    }
    x = (0, runtime_js_1.own)(v, "tr");
    if (x !== undefined) {
        out["tr"] = _list_of_str(x, path + ".tr");
    }
    x = (0, runtime_js_1.own)(v, "uk");
    if (x !== undefined) {
        out["uk"] = _list_of_str(x, path + ".uk");
    }
    x = (0, runtime_js_1.own)(v, "vi");
    if (x !== undefined) {
        out["vi"] = _list_of_str(x, path + ".vi");
    }
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (exports.KEYS_TurnFillers.has(key) || item === undefined)
            continue;
        (0, runtime_js_1.setKey)(out, key, _list_of_str(item, path + "." + key));
    }
    return out;
}
// Checks #/$defs/UnsetGlobalDataAction/properties/unset_global_data/anyOf/1
function checkUnsetGlobalData(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an UnsetGlobalData object");
    const out = {};
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_UnsetGlobalData, path);
    return out;
}
// Checks #/$defs/UnsetGlobalDataAction
function checkUnsetGlobalDataAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an UnsetGlobalDataAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "unset_global_data");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_UnsetGlobalDataAction, path, "unset_global_data", "a string or an UnsetGlobalData object");
    out["unset_global_data"] = _str_or_UnsetGlobalData(x, path + ".unset_global_data");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_UnsetGlobalDataAction, path);
    return out;
}
// Checks #/$defs/UnsetMetaDataAction/properties/unset_meta_data/anyOf/1
function checkUnsetMetaData(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an UnsetMetaData object");
    const out = {};
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_UnsetMetaData, path);
    return out;
}
// Checks #/$defs/UnsetMetaDataAction
function checkUnsetMetaDataAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "an UnsetMetaDataAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "unset_meta_data");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_UnsetMetaDataAction, path, "unset_meta_data", "a string or an UnsetMetaData object");
    out["unset_meta_data"] = _str_or_UnsetMetaData(x, path + ".unset_meta_data");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_UnsetMetaDataAction, path);
    return out;
}
// Checks #/$defs/UserEvent/properties/user_event
function checkUserEvent(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a UserEvent object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "event");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_UserEvent, path, "event", "a JSON object");
    out["event"] = _map_of_any(x, path + ".event");
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_UserEvent, path);
    return out;
}
// Checks #/$defs/UserInputAction
function checkUserInputAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a UserInputAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "user_input");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_UserInputAction, path, "user_input", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".user_input", x, "a string");
    out["user_input"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_UserInputAction, path);
    return out;
}
// Checks #/$defs/UserSWAIGFunction
function checkUserSWAIGFunction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a UserSWAIGFunction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "description");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_UserSWAIGFunction, path, "description", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".description", x, "a string");
    out["description"] = x;
    x = (0, runtime_js_1.own)(v, "function");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_UserSWAIGFunction, path, "function", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".function", x, "a string");
    out["function"] = x;
    x = (0, runtime_js_1.own)(v, "purpose");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".purpose", x, "a string");
        out["purpose"] = x;
    }
    x = (0, runtime_js_1.own)(v, "parameters");
    if (x !== undefined) {
        out["parameters"] = checkFunctionParameters(x, path + ".parameters");
    }
    x = (0, runtime_js_1.own)(v, "fillers");
    if (x !== undefined) {
        out["fillers"] = checkFunctionFillers(x, path + ".fillers");
    }
    x = (0, runtime_js_1.own)(v, "argument");
    if (x !== undefined) {
        out["argument"] = checkFunctionParameters(x, path + ".argument");
    }
    x = (0, runtime_js_1.own)(v, "active");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".active", x, "true or false or a SWML variable such as '${name}'");
        out["active"] = x;
    }
    x = (0, runtime_js_1.own)(v, "meta_data");
    if (x !== undefined) {
        out["meta_data"] = _map_of_any(x, path + ".meta_data");
    }
    x = (0, runtime_js_1.own)(v, "meta_data_token");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".meta_data_token", x, "a string");
        out["meta_data_token"] = x;
    }
    x = (0, runtime_js_1.own)(v, "data_map");
    if (x !== undefined) {
        out["data_map"] = _HangUpHookSWAIGFunction_data_map(x, path + ".data_map");
    }
    x = (0, runtime_js_1.own)(v, "skip_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".skip_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["skip_fillers"] = x;
    }
    x = (0, runtime_js_1.own)(v, "web_hook_url");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".web_hook_url", x, "a string");
        out["web_hook_url"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_file");
    if (x !== undefined) {
        if (!(typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".wait_file", x, "a string");
        out["wait_file"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_file_loops");
    if (x !== undefined) {
        if (!((0, runtime_js_1.isInteger)(x) || typeof x === "string"))
            throw new runtime_js_1.Invalid(path + ".wait_file_loops", x, "an integer or a string");
        out["wait_file_loops"] = x;
    }
    x = (0, runtime_js_1.own)(v, "wait_for_fillers");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".wait_for_fillers", x, "true or false or a SWML variable such as '${name}'");
        out["wait_for_fillers"] = x;
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_UserSWAIGFunction, path);
    return out;
}
// Checks #/$defs/WaitForUserAction
function checkWaitForUserAction(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a WaitForUserAction object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "wait_for_user");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_WaitForUserAction, path, "wait_for_user", "true or false or an integer from 0 to 2147483647 or 'answer_first'");
    if (!(typeof x === "boolean" ||
        ((0, runtime_js_1.isInteger)(x) && 0 <= x && x <= 2147483647) ||
        x === "answer_first"))
        throw new runtime_js_1.Invalid(path + ".wait_for_user", x, "true or false or an integer from 0 to 2147483647 or 'answer_first'");
    out["wait_for_user"] = x;
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_WaitForUserAction, path);
    return out;
}
// Checks #/$defs/Webhook
function checkWebhook(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a Webhook object");
    const out = {};
    let x;
    x = (0, runtime_js_1.own)(v, "url");
    if (x === undefined)
        (0, runtime_js_1.missingKey)(v, exports.KEYS_Webhook, path, "url", "a string");
    if (!(typeof x === "string"))
        throw new runtime_js_1.Invalid(path + ".url", x, "a string");
    out["url"] = x;
    x = (0, runtime_js_1.own)(v, "expressions");
    if (x !== undefined) {
        out["expressions"] = _list_of_Expression(x, path + ".expressions");
    }
    x = (0, runtime_js_1.own)(v, "error_keys");
    if (x !== undefined) {
        out["error_keys"] = _str_or_list_of_str(x, path + ".error_keys");
    }
    x = (0, runtime_js_1.own)(v, "foreach");
    if (x !== undefined) {
        out["foreach"] = checkForeach(x, path + ".foreach");
    }
    x = (0, runtime_js_1.own)(v, "headers");
    if (x !== undefined) {
        out["headers"] = _map_of_any(x, path + ".headers");
    }
    x = (0, runtime_js_1.own)(v, "method");
    if (x !== undefined) {
        if (!(typeof x === "string" && exports.E_Method.has(x)))
            throw new runtime_js_1.Invalid(path + ".method", x, "one of 'GET', 'POST', 'PUT', 'DELETE'");
        out["method"] = x;
    }
    x = (0, runtime_js_1.own)(v, "input_args_as_params");
    if (x !== undefined) {
        if (!(typeof x === "boolean" || (0, runtime_js_1.isVar)(x)))
            throw new runtime_js_1.Invalid(path + ".input_args_as_params", x, "true or false or a SWML variable such as '${name}'");
        out["input_args_as_params"] = x;
    }
    x = (0, runtime_js_1.own)(v, "params");
    if (x !== undefined) {
        out["params"] = _map_of_any(x, path + ".params");
    }
    x = (0, runtime_js_1.own)(v, "require_args");
    if (x !== undefined) {
        out["require_args"] = _str_or_list_of_str(x, path + ".require_args");
    }
    x = (0, runtime_js_1.own)(v, "output");
    if (x !== undefined) {
        out["output"] = checkOutput(x, path + ".output");
    }
    if (Object.keys(out).length !== Object.keys(v).length)
        (0, runtime_js_1.unknownKeys)(v, exports.KEYS_Webhook, path);
    return out;
}
// Checks #/$defs/AISidecarParamProperty
function checkAISidecarParamProperty(value, path) {
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "string")
        return checkAISidecarStringParam(value, path);
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "integer")
        return checkAISidecarIntegerParam(value, path);
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "number")
        return checkAISidecarNumberParam(value, path);
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "boolean")
        return checkAISidecarBooleanParam(value, path);
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "array")
        return checkAISidecarArrayParam(value, path);
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "object")
        return checkAISidecarObjectParam(value, path);
    if (hasKey(value, "type"))
        throw new runtime_js_1.Invalid(path + ".type", value["type"], "one of 'string', 'integer', 'number', 'boolean', 'array', 'object'");
    if (hasKey(value, "items") && keysWithin(value, exports.KEYS_AISidecarArrayParam))
        return checkAISidecarArrayParam(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_AISidecarParamProperty, true, "an AISidecarStringParam object or an AISidecarIntegerParam object or an AISidecarNumberParam object or an AISidecarBooleanParam object or an AISidecarArrayParam object or an AISidecarObjectParam object");
}
// Checks #/$defs/POM
function checkPOM(value, path) {
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_POM, false, "a PomSectionBodyContent object or a PomSectionBulletsContent object");
}
// Checks #/$defs/SchemaType
function checkSchemaType(value, path) {
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "string")
        return checkStringProperty(value, path);
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "integer")
        return checkIntegerProperty(value, path);
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "number")
        return checkNumberProperty(value, path);
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "boolean")
        return checkBooleanProperty(value, path);
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "array")
        return checkArrayProperty(value, path);
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "object")
        return checkObjectProperty(value, path);
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "null")
        return checkNullProperty(value, path);
    if (hasKey(value, "type"))
        throw new runtime_js_1.Invalid(path + ".type", value["type"], "one of 'string', 'integer', 'number', 'boolean', 'array', 'object', 'null'");
    if (hasKey(value, "items") && keysWithin(value, exports.KEYS_ArrayProperty))
        return checkArrayProperty(value, path);
    if (hasKey(value, "oneOf") && keysWithin(value, exports.KEYS_OneOfProperty))
        return checkOneOfProperty(value, path);
    if (hasKey(value, "allOf") && keysWithin(value, exports.KEYS_AllOfProperty))
        return checkAllOfProperty(value, path);
    if (hasKey(value, "anyOf") && keysWithin(value, exports.KEYS_AnyOfProperty))
        return checkAnyOfProperty(value, path);
    if (hasKey(value, "const") && keysWithin(value, exports.KEYS_ConstProperty))
        return checkConstProperty(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_SchemaType, true, "a StringProperty object or an IntegerProperty object or a NumberProperty object or a BooleanProperty object or an ArrayProperty object or an ObjectProperty object or a NullProperty object or an OneOfProperty object or an AllOfProperty object or an AnyOfProperty object or a ConstProperty object");
}
// Checks #/$defs/Label/properties/label
function _verb_label(value, path) {
    if (!(typeof value === "string"))
        throw new runtime_js_1.Invalid(path, value, "a string");
    return value;
}
// Checks #/$defs/AIObject/properties/prompt
function _AIPromptText_or_AIPromptPom(value, path) {
    if (hasKey(value, "text") && keysWithin(value, exports.KEYS_AIPromptText))
        return checkAIPromptText(value, path);
    if (hasKey(value, "pom") && keysWithin(value, exports.KEYS_AIPromptPom))
        return checkAIPromptPom(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_AIPromptText_or_AIPromptPom, true, "an AIPromptText object or an AIPromptPom object");
}
// Checks #/$defs/AIObject/properties/global_data
function _map_of_any(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a JSON object");
    const out = {};
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (item === undefined)
            continue;
        (0, runtime_js_1.setKey)(out, key, (0, runtime_js_1.jsonCopy)(item, path + "." + key));
    }
    return out;
}
// Checks #/$defs/AIObject/properties/hints
function _list_of_str_or_Hint(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each a string or a Hint object");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_str_or_Hint(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/AIObject/properties/languages
function _list_of_Languages(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of Languages objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkLanguages(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/AIObject/properties/post_prompt
function _AIPostPromptText_or_AIPostPromptPom(value, path) {
    if (hasKey(value, "text") && keysWithin(value, exports.KEYS_AIPostPromptText))
        return checkAIPostPromptText(value, path);
    if (hasKey(value, "pom") && keysWithin(value, exports.KEYS_AIPostPromptPom))
        return checkAIPostPromptPom(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_AIPostPromptText_or_AIPostPromptPom, false, "an AIPostPromptText object or an AIPostPromptPom object");
}
// Checks #/$defs/AIObject/properties/pronounce
function _list_of_Pronounce(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of Pronounce objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkPronounce(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/AIParams/properties/convo
function _list_of_ConversationMessage(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of ConversationMessage objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkConversationMessage(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/AIParams/properties/swaig_post_swml_vars
function _bool_or_list_of_str_or_var(value, path) {
    if (typeof value === "boolean")
        return value;
    if ((0, runtime_js_1.isVar)(value))
        return value;
    if (Array.isArray(value))
        return _list_of_str(value, path);
    throw new runtime_js_1.Invalid(path, value, "true or false or a list of strings or a SWML variable such as '${name}'");
}
// Checks #/$defs/AIPostPromptPom/properties/pom
function _AIPostPromptPom_pom(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each a POM value (at least 1 item)");
    if (items.length < 1)
        throw new runtime_js_1.Invalid(path, value, "a list of items that are each a POM value (at least 1 item)");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkPOM(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/AISidecarFunctionParameters/properties/properties
function _map_of_AISidecarParamProperty(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a JSON object whose values are each an AISidecarParamProperty value");
    const out = {};
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (item === undefined)
            continue;
        (0, runtime_js_1.setKey)(out, key, checkAISidecarParamProperty(item, path + "." + key));
    }
    return out;
}
// Checks #/$defs/AISidecarFunctionParameters/properties/required
function _list_of_str(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of strings");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string"))
            throw new runtime_js_1.Invalid(`${path}[${i}]`, item, "a string");
        out.push(item);
    }
    return out;
}
// Checks #/$defs/AISidecarIntegerParam/properties/enum
function _list_of_int(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of integers");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(0, runtime_js_1.isInteger)(item))
            throw new runtime_js_1.Invalid(`${path}[${i}]`, item, "an integer");
        out.push(item);
    }
    return out;
}
// Checks #/$defs/AISidecarNumberParam/properties/enum
function _list_of_number(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of numbers");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(0, runtime_js_1.isNumber)(item))
            throw new runtime_js_1.Invalid(`${path}[${i}]`, item, "a number");
        out.push(item);
    }
    return out;
}
// Checks #/$defs/AISidecarObject/properties/prompt
function _AISidecarObject_prompt(value, path) {
    if (typeof value === "string")
        return value;
    if (hasKey(value, "text") && keysWithin(value, exports.KEYS_AISidecarPromptText))
        return checkAISidecarPromptText(value, path);
    if (hasKey(value, "pom") && keysWithin(value, exports.KEYS_AISidecarPromptPom))
        return checkAISidecarPromptPom(value, path);
    if (hasKey(value, "file") && keysWithin(value, exports.KEYS_AISidecarPromptFile))
        return checkAISidecarPromptFile(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_AISidecarObject_prompt, true, "a string or an AISidecarPromptText object or an AISidecarPromptPom object or an AISidecarPromptFile object");
}
// Checks #/$defs/AISidecarObject/properties/direction
function _list_of_TranscribeDirection(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each one of 'remote-caller', 'local-caller'");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string" && exports.E_TranscribeDirection.has(item)))
            throw new runtime_js_1.Invalid(`${path}[${i}]`, item, "one of 'remote-caller', 'local-caller'");
        out.push(item);
    }
    return out;
}
// Checks #/$defs/AISidecarObject/properties/hints
function _AISidecarObject_hints(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of strings (at least 1 item)");
    if (items.length < 1)
        throw new runtime_js_1.Invalid(path, value, "a list of strings (at least 1 item)");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string"))
            throw new runtime_js_1.Invalid(`${path}[${i}]`, item, "a string");
        out.push(item);
    }
    return out;
}
// Checks #/$defs/AISidecarSWAIG/properties/functions
function _list_of_AISidecarSWAIGFunction(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of AISidecarSWAIGFunction objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkAISidecarSWAIGFunction(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/AISidecarSWAIG/properties/mcp_servers
function _list_of_MCPServer(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of MCPServer objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkMCPServer(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/AddDynamicHintsAction/properties/add_dynamic_hints
function _list_of_str_or_DynamicHint(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each a string or a DynamicHint object");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_str_or_DynamicHint(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/AllOfProperty/properties/allOf
function _list_of_SchemaType(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each a SchemaType value");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkSchemaType(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/AmazonBedrockObject/properties/prompt
function _AmazonBedrockObject_prompt(value, path) {
    if (hasKey(value, "text") &&
        keysWithin(value, exports.KEYS_OmitPropertiesBedrockPromptTextOmittedPromptProps))
        return checkOmitPropertiesBedrockPromptTextOmittedPromptProps(value, path);
    if (hasKey(value, "pom") &&
        keysWithin(value, exports.KEYS_OmitPropertiesBedrockPromptPomOmittedPromptProps))
        return checkOmitPropertiesBedrockPromptPomOmittedPromptProps(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_AmazonBedrockObject_prompt, false, "an OmitPropertiesBedrockPromptTextOmittedPromptProps object or an OmitPropertiesBedrockPromptPomOmittedPromptProps object");
}
// Checks #/$defs/AmazonBedrockObject/properties/post_prompt
function _AmazonBedrockObject_post_prompt(value, path) {
    if (hasKey(value, "text") &&
        keysWithin(value, exports.KEYS_OmitPropertiesBedrockPostPomptTextOmittedPromptProps))
        return checkOmitPropertiesBedrockPostPomptTextOmittedPromptProps(value, path);
    if (hasKey(value, "pom") &&
        keysWithin(value, exports.KEYS_OmitPropertiesBedrockPostPromptPomOmittedPromptProps))
        return checkOmitPropertiesBedrockPostPromptPomOmittedPromptProps(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_AmazonBedrockObject_post_prompt, false, "an OmitPropertiesBedrockPostPomptTextOmittedPromptProps object or an OmitPropertiesBedrockPostPromptPomOmittedPromptProps object");
}
// Checks #/$defs/ArrayProperty/properties/default
function _list_of_any(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each any JSON value");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push((0, runtime_js_1.jsonCopy)(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/BedrockDataMap/properties/expressions
function _list_of_BedrockExpression(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of BedrockExpression objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkBedrockExpression(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/BedrockDataMap/properties/webhooks
function _list_of_BedrockWebhook(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of BedrockWebhook objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkBedrockWebhook(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/BedrockOutput/properties/action
function _BedrockOutput_action(value, path) {
    if (Array.isArray(value))
        return _BedrockOutput_action_list(value, path);
    if (hasKey(value, "SWML") && keysWithin(value, exports.KEYS_SWMLAction))
        return checkSWMLAction(value, path);
    if (hasKey(value, "change_context") && keysWithin(value, exports.KEYS_ChangeContextAction))
        return checkChangeContextAction(value, path);
    if (hasKey(value, "change_step") && keysWithin(value, exports.KEYS_ChangeStepAction))
        return checkChangeStepAction(value, path);
    if (hasKey(value, "context_switch") && keysWithin(value, exports.KEYS_ContextSwitchAction))
        return checkContextSwitchAction(value, path);
    if (hasKey(value, "hangup") && keysWithin(value, exports.KEYS_HangupAction))
        return checkHangupAction(value, path);
    if (hasKey(value, "hold") && keysWithin(value, exports.KEYS_HoldAction))
        return checkHoldAction(value, path);
    if (hasKey(value, "playback_bg") && keysWithin(value, exports.KEYS_PlaybackBGAction))
        return checkPlaybackBGAction(value, path);
    if (hasKey(value, "say") && keysWithin(value, exports.KEYS_SayAction))
        return checkSayAction(value, path);
    if (hasKey(value, "set_global_data") && keysWithin(value, exports.KEYS_SetGlobalDataAction))
        return checkSetGlobalDataAction(value, path);
    if (hasKey(value, "set_meta_data") && keysWithin(value, exports.KEYS_SetMetaDataAction))
        return checkSetMetaDataAction(value, path);
    if (hasKey(value, "stop") && keysWithin(value, exports.KEYS_StopAction))
        return checkStopAction(value, path);
    if (hasKey(value, "stop_playback_bg") && keysWithin(value, exports.KEYS_StopPlaybackBGAction))
        return checkStopPlaybackBGAction(value, path);
    if (hasKey(value, "toggle_functions") && keysWithin(value, exports.KEYS_ToggleFunctionsAction))
        return checkToggleFunctionsAction(value, path);
    if (hasKey(value, "unset_global_data") && keysWithin(value, exports.KEYS_UnsetGlobalDataAction))
        return checkUnsetGlobalDataAction(value, path);
    if (hasKey(value, "unset_meta_data") && keysWithin(value, exports.KEYS_UnsetMetaDataAction))
        return checkUnsetMetaDataAction(value, path);
    if (hasKey(value, "user_input") && keysWithin(value, exports.KEYS_UserInputAction))
        return checkUserInputAction(value, path);
    if (hasKey(value, "wait_for_user") && keysWithin(value, exports.KEYS_WaitForUserAction))
        return checkWaitForUserAction(value, path);
    if (hasKey(value, "add_dynamic_hints") && keysWithin(value, exports.KEYS_AddDynamicHintsAction))
        return checkAddDynamicHintsAction(value, path);
    if (hasKey(value, "clear_dynamic_hints") && keysWithin(value, exports.KEYS_ClearDynamicHintsAction))
        return checkClearDynamicHintsAction(value, path);
    if (hasKey(value, "end_of_speech_timeout") && keysWithin(value, exports.KEYS_EndOfSpeechTimeoutAction))
        return checkEndOfSpeechTimeoutAction(value, path);
    if (hasKey(value, "speech_event_timeout") && keysWithin(value, exports.KEYS_SpeechEventTimeoutAction))
        return checkSpeechEventTimeoutAction(value, path);
    if (hasKey(value, "change_voice") && keysWithin(value, exports.KEYS_ChangeVoiceAction))
        return checkChangeVoiceAction(value, path);
    if (hasKey(value, "functions_on_speaker_timeout") &&
        keysWithin(value, exports.KEYS_FunctionsOnSpeakerTimeoutAction))
        return checkFunctionsOnSpeakerTimeoutAction(value, path);
    if (hasKey(value, "extensive_data") && keysWithin(value, exports.KEYS_ExtensiveDataAction))
        return checkExtensiveDataAction(value, path);
    if (hasKey(value, "replace_in_history") && keysWithin(value, exports.KEYS_ReplaceInHistoryAction))
        return checkReplaceInHistoryAction(value, path);
    if (hasKey(value, "settings") && keysWithin(value, exports.KEYS_SettingsAction))
        return checkSettingsAction(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_BedrockOutput_action, false, "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a WaitForUserAction object or an AddDynamicHintsAction object or a ClearDynamicHintsAction object or an EndOfSpeechTimeoutAction object or a SpeechEventTimeoutAction object or a ChangeVoiceAction object or a FunctionsOnSpeakerTimeoutAction object or an ExtensiveDataAction object or a ReplaceInHistoryAction object or a SettingsAction object or a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction or WaitForUserAction or AddDynamicHintsAction or ClearDynamicHintsAction or EndOfSpeechTimeoutAction or SpeechEventTimeoutAction or ChangeVoiceAction or FunctionsOnSpeakerTimeoutAction or ExtensiveDataAction or ReplaceInHistoryAction or SettingsAction objects");
}
// Checks #/$defs/BedrockSWAIG/properties/functions
function _BedrockSWAIG_functions(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of BedrockSWAIGFunction1 or BedrockSWAIGFunction2 or BedrockSWAIGFunction3 or BedrockSWAIGFunction4 objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_BedrockSWAIG_functions_item(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/BedrockWebhook/properties/error_keys
function _str_or_list_of_str(value, path) {
    if (typeof value === "string")
        return value;
    if (Array.isArray(value))
        return _list_of_str(value, path);
    throw new runtime_js_1.Invalid(path, value, "a string or a list of strings");
}
// Checks #/$defs/CondElse/properties/else
function _list_of_method(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of SWML methods");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkMethod(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/ConnectDestination/properties/headers
function _list_of_ConnectHeaders(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of ConnectHeaders objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkConnectHeaders(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/ConnectDestination/properties/call_state_events
function _list_of_CallStatus(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each one of 'created', 'ringing', 'answered', 'ended'");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string" && exports.E_CallStatus.has(item)))
            throw new runtime_js_1.Invalid(`${path}[${i}]`, item, "one of 'created', 'ringing', 'answered', 'ended'");
        out.push(item);
    }
    return out;
}
// Checks #/$defs/ConnectDestination/properties/confirm
function _ConnectDestination_confirm(value, path) {
    if (typeof value === "string")
        return value;
    if (Array.isArray(value))
        return _ConnectDestination_confirm_list(value, path);
    throw new runtime_js_1.Invalid(path, value, "a string or a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)");
}
// Checks #/$defs/ConnectDestination/properties/custom_parameters
function _map_of_str(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a JSON object whose values are each a string");
    const out = {};
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (item === undefined)
            continue;
        if (!(typeof item === "string"))
            throw new runtime_js_1.Invalid(path + "." + key, item, "a string");
        (0, runtime_js_1.setKey)(out, key, item);
    }
    return out;
}
// Checks #/$defs/ConnectDeviceParallel/properties/parallel
function _list_of_ConnectDestination(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of ConnectDestination objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkConnectDestination(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/ConnectDeviceParallel/properties/result
function _ConnectDeviceParallel_result(value, path) {
    if (Array.isArray(value))
        return _list_of_CondReg_or_CondElse(value, path);
    if (hasKey(value, "case") && keysWithin(value, exports.KEYS_ConnectSwitch))
        return checkConnectSwitch(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_ConnectDeviceParallel_result, false, "a ConnectSwitch object or a list of CondReg or CondElse objects");
}
// Checks #/$defs/ConnectDeviceSerialParallel/properties/serial_parallel
function _list_of_list_of_ConnectDestination(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each a list of ConnectDestination objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_list_of_ConnectDestination(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/ConnectSwitch/properties/case
function _map_of_list_of_method(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a JSON object whose values are each a list of SWML methods");
    const out = {};
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (item === undefined)
            continue;
        (0, runtime_js_1.setKey)(out, key, _list_of_method(item, path + "." + key));
    }
    return out;
}
// Checks #/$defs/ContextPOMSteps/properties/pom
function _list_of_POM(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each a POM value");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkPOM(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/Contexts/properties/default
function _ContextsPOMObject_or_ContextsTextObject(value, path) {
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_ContextsPOMObject_or_ContextsTextObject, false, "a ContextsPOMObject object or a ContextsTextObject object");
}
// Checks #/$defs/ContextsPOMObject/properties/steps
function _list_of_ContextPOMSteps_or_ContextTextSteps(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of ContextPOMSteps or ContextTextSteps objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_ContextPOMSteps_or_ContextTextSteps(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/DataMap/properties/expressions
function _list_of_Expression(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of Expression objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkExpression(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/DataMap/properties/webhooks
function _list_of_Webhook(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of Webhook objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkWebhook(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/Execute/properties/execute/properties/result
function _Execute_result(value, path) {
    if (Array.isArray(value))
        return _list_of_CondReg_or_CondElse(value, path);
    if (hasKey(value, "case") && keysWithin(value, exports.KEYS_ExecuteSwitch))
        return checkExecuteSwitch(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_Execute_result, false, "an ExecuteSwitch object or a list of CondReg or CondElse objects");
}
// Checks #/$defs/FunctionParameters/properties/properties
function _map_of_SchemaType(value, path) {
    const v = (0, runtime_js_1.asObject)(value, path, "a JSON object whose values are each a SchemaType value");
    const out = {};
    for (const key of Object.keys(v)) {
        const item = v[key];
        if (item === undefined)
            continue;
        (0, runtime_js_1.setKey)(out, key, checkSchemaType(item, path + "." + key));
    }
    return out;
}
// Checks #/$defs/HangUpHookSWAIGFunction/properties/data_map
function _HangUpHookSWAIGFunction_data_map(value, path) {
    const out = checkDataMap(value, path);
    if (Object.keys(out).length < 1)
        throw new runtime_js_1.Invalid(path, value, "a DataMap object with at least 1 key");
    return out;
}
// Checks #/$defs/HoldAction/properties/hold
function _HoldAction_hold(value, path) {
    if ((0, runtime_js_1.isInteger)(value) && -2147483648 <= value && value <= 900)
        return value;
    if ((0, runtime_js_1.isVar)(value))
        return value;
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_HoldAction_hold, false, "an integer from -2147483648 to 900 or a Hold object or a SWML variable such as '${name}'");
}
// Checks #/$defs/JoinConferenceObject/properties/status_callback_event
function _joined_StatusCallbackEvent(value, path) {
    return (0, runtime_js_1.joinValues)(value, path, exports.E_StatusCallbackEvent, " ", "one or more of 'start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement', as an array or a string joined by ' '");
}
// Checks #/$defs/JoinConferenceObject/properties/recording_status_callback_event
function _joined_RecordingStatusCallbackEvent(value, path) {
    return (0, runtime_js_1.joinValues)(value, path, exports.E_RecordingStatusCallbackEvent, " ", "one or more of 'in-progress', 'completed', 'absent', as an array or a string joined by ' '");
}
// Checks #/$defs/JoinConferenceObject/properties/result
function _Switch_or_list_of_CondReg_or_CondElse(value, path) {
    if (Array.isArray(value))
        return _list_of_CondReg_or_CondElse(value, path);
    if (hasKey(value, "variable") && keysWithin(value, exports.KEYS_Switch))
        return checkSwitch(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_Switch_or_list_of_CondReg_or_CondElse, false, "a Switch object or a list of CondReg or CondElse objects");
}
// Checks #/$defs/Languages/properties/code
function _Languages_code(value, path) {
    if (typeof value === "string")
        return value;
    if (Array.isArray(value))
        return _Languages_code_list(value, path);
    throw new runtime_js_1.Invalid(path, value, "a string or a list of strings (at most 3 items)");
}
// Checks #/$defs/LiveTranscribe/properties/live_transcribe/properties/action
function _LiveTranscribe_action(value, path) {
    if (value === "stop")
        return "stop";
    if (value === "summarize")
        return "summarize";
    if (hasKey(value, "start") && keysWithin(value, exports.KEYS_TranscribeStartAction))
        return checkTranscribeStartAction(value, path);
    if (hasKey(value, "summarize") && keysWithin(value, exports.KEYS_TranscribeSummarizeAction))
        return checkTranscribeSummarizeAction(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_LiveTranscribe_action, true, "a TranscribeStartAction object or 'stop' or a TranscribeSummarizeAction object or 'summarize'");
}
// Checks #/$defs/LiveTranslate/properties/live_translate/properties/action
function _LiveTranslate_action(value, path) {
    if (value === "stop")
        return "stop";
    if (value === "summarize")
        return "summarize";
    if (hasKey(value, "start") && keysWithin(value, exports.KEYS_StartAction))
        return checkStartAction(value, path);
    if (hasKey(value, "summarize") && keysWithin(value, exports.KEYS_SummarizeAction))
        return checkSummarizeAction(value, path);
    if (hasKey(value, "inject") && keysWithin(value, exports.KEYS_InjectAction))
        return checkInjectAction(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_LiveTranslate_action, true, "a StartAction object or 'stop' or a SummarizeAction object or 'summarize' or an InjectAction object");
}
// Checks #/$defs/Multilingual/properties/languages
function _list_of_MultilingualLanguage(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of MultilingualLanguage objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkMultilingualLanguage(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/Multilingual/properties/fillers
function _list_of_str_or_FunctionFillers(value, path) {
    if (Array.isArray(value))
        return _list_of_str(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_list_of_str_or_FunctionFillers, false, "a list of strings or a FunctionFillers object");
}
// Checks #/$defs/Multilingual/properties/turn_fillers
function _list_of_str_or_TurnFillers(value, path) {
    if (Array.isArray(value))
        return _list_of_str(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_list_of_str_or_TurnFillers, false, "a list of strings or a TurnFillers object");
}
// Checks #/$defs/NumberProperty/properties/enum
function _list_of_int_or_number_or_list_of_var(value, path) {
    if (Array.isArray(value))
        return (0, runtime_js_1.firstOf)(value, path, [_list_of_int_or_number, _list_of_var], "a list of items that are each an integer or a number or a list of items that are each a SWML variable such as '${name}'");
    throw new runtime_js_1.Invalid(path, value, "a list of items that are each an integer or a number or a list of items that are each a SWML variable such as '${name}'");
}
// Checks #/$defs/Output/properties/response
function _str_or_SwaigToolResult(value, path) {
    if (typeof value === "string")
        return value;
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_str_or_SwaigToolResult, false, "a string or a SwaigToolResult object");
}
// Checks #/$defs/Pay/properties/pay/properties/parameters
function _list_of_PayParameters(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of PayParameters objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkPayParameters(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/Pay/properties/pay/properties/prompts
function _list_of_PayPrompts(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of PayPrompts objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkPayPrompts(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/PayPrompts/properties/actions
function _PayPrompts_actions(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of PayPromptSayAction or PayPromptPlayAction objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_PayPrompts_actions_item(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/PlayWithURLS/properties/urls
function _PlayWithURLS_urls(value, path) {
    if (Array.isArray(value))
        return (0, runtime_js_1.firstOf)(value, path, [_PlayWithURLS_urls_list, _list_of_var], "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}'");
    throw new runtime_js_1.Invalid(path, value, "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}'");
}
// Checks #/$defs/Prompt/properties/prompt/properties/play
function _Prompt_play(value, path) {
    if (typeof value === "string" && exports.RE_4.test(value))
        return value;
    if ((0, runtime_js_1.isVar)(value))
        return value;
    if (Array.isArray(value))
        return (0, runtime_js_1.firstOf)(value, path, [_PlayWithURLS_urls_list, _list_of_var], "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'");
    throw new runtime_js_1.Invalid(path, value, "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters) or a list of items that are each a SWML variable such as '${name}' or a SWML variable such as '${name}'");
}
// Checks #/$defs/Prompt/properties/prompt/properties/speech_hints
function _list_of_str_or_list_of_var(value, path) {
    if (Array.isArray(value))
        return (0, runtime_js_1.firstOf)(value, path, [_list_of_str, _list_of_var], "a list of strings or a list of items that are each a SWML variable such as '${name}'");
    throw new runtime_js_1.Invalid(path, value, "a list of strings or a list of items that are each a SWML variable such as '${name}'");
}
// Checks #/$defs/Request/properties/request/properties/body
function _str_or_map_of_any(value, path) {
    if (typeof value === "string")
        return value;
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_str_or_map_of_any, false, "a string or a JSON object");
}
// Checks #/$defs/SWAIG/properties/native_functions
function _list_of_SWAIGNativeFunction(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency'");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string" && exports.E_SWAIGNativeFunction.has(item)))
            throw new runtime_js_1.Invalid(`${path}[${i}]`, item, "one of 'check_time', 'wait_seconds', 'wait_for_user', 'adjust_response_latency'");
        out.push(item);
    }
    return out;
}
// Checks #/$defs/SWAIG/properties/includes
function _list_of_SWAIGIncludes(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of SWAIGIncludes objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkSWAIGIncludes(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/SWAIG/properties/functions
function _SWAIG_functions(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of UserSWAIGFunction or StartUpHookSWAIGFunction or HangUpHookSWAIGFunction or SummarizeConversationSWAIGFunction objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_SWAIG_functions_item(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/StartAction/properties/start/properties/direction
function _list_of_TranslateDirection(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each one of 'remote-caller', 'local-caller'");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string" && exports.E_TranslateDirection.has(item)))
            throw new runtime_js_1.Invalid(`${path}[${i}]`, item, "one of 'remote-caller', 'local-caller'");
        out.push(item);
    }
    return out;
}
// Checks #/$defs/ToggleFunctionsAction/properties/toggle_functions
function _list_of_ToggleFunctionsItem(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of ToggleFunctionsItem objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(checkToggleFunctionsItem(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/UnsetGlobalDataAction/properties/unset_global_data
function _str_or_UnsetGlobalData(value, path) {
    if (typeof value === "string")
        return value;
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_str_or_UnsetGlobalData, false, "a string or an UnsetGlobalData object");
}
// Checks #/$defs/UnsetMetaDataAction/properties/unset_meta_data
function _str_or_UnsetMetaData(value, path) {
    if (typeof value === "string")
        return value;
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_str_or_UnsetMetaData, false, "a string or an UnsetMetaData object");
}
// Checks #/$defs/Cond/properties/cond
function _list_of_CondReg_or_CondElse(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of CondReg or CondElse objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_CondReg_or_CondElse(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/Connect/properties/connect
function _verb_connect(value, path) {
    if (hasKey(value, "to") && keysWithin(value, exports.KEYS_ConnectDeviceSingle))
        return checkConnectDeviceSingle(value, path);
    if (hasKey(value, "serial") && keysWithin(value, exports.KEYS_ConnectDeviceSerial))
        return checkConnectDeviceSerial(value, path);
    if (hasKey(value, "parallel") && keysWithin(value, exports.KEYS_ConnectDeviceParallel))
        return checkConnectDeviceParallel(value, path);
    if (hasKey(value, "serial_parallel") && keysWithin(value, exports.KEYS_ConnectDeviceSerialParallel))
        return checkConnectDeviceSerialParallel(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_verb_connect, true, "a ConnectDeviceSingle object or a ConnectDeviceSerial object or a ConnectDeviceParallel object or a ConnectDeviceSerialParallel object");
}
// Checks #/$defs/Play/properties/play
function _PlayWithURL_or_PlayWithURLS(value, path) {
    if (hasKey(value, "url") && keysWithin(value, exports.KEYS_PlayWithURL))
        return checkPlayWithURL(value, path);
    if (hasKey(value, "urls") && keysWithin(value, exports.KEYS_PlayWithURLS))
        return checkPlayWithURLS(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_PlayWithURL_or_PlayWithURLS, true, "a PlayWithURL object or a PlayWithURLS object");
}
// Checks #/$defs/Return/properties/return
function _any(value, path) {
    return (0, runtime_js_1.jsonCopy)(value, path);
}
// Checks #/$defs/SendSMS/properties/send_sms
function _SMSWithBody_or_SMSWithMedia(value, path) {
    if (hasKey(value, "media") && keysWithin(value, exports.KEYS_SMSWithMedia))
        return checkSMSWithMedia(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_SMSWithBody_or_SMSWithMedia, false, "a SMSWithBody object or a SMSWithMedia object");
}
// Checks #/$defs/Sleep/properties/sleep
function _Sleep_or_int_or_var(value, path) {
    if ((0, runtime_js_1.isInteger)(value))
        return value;
    if ((0, runtime_js_1.isVar)(value))
        return value;
    if (hasKey(value, "duration") && keysWithin(value, exports.KEYS_Sleep))
        return checkSleep(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_Sleep_or_int_or_var, false, "a Sleep object or an integer or a SWML variable such as '${name}'");
}
// Checks #/$defs/AIObject/properties/hints/items
function _str_or_Hint(value, path) {
    if (typeof value === "string")
        return value;
    if (hasKey(value, "hint") && keysWithin(value, exports.KEYS_Hint))
        return checkHint(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_str_or_Hint, false, "a string or a Hint object");
}
// Checks #/$defs/AddDynamicHintsAction/properties/add_dynamic_hints/items
function _str_or_DynamicHint(value, path) {
    if (typeof value === "string")
        return value;
    if (hasKey(value, "pattern") && keysWithin(value, exports.KEYS_DynamicHint))
        return checkDynamicHint(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_str_or_DynamicHint, false, "a string or a DynamicHint object");
}
// Checks #/$defs/BedrockOutput/properties/action
function _BedrockOutput_action_list(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of SWMLAction or ChangeContextAction or ChangeStepAction or ContextSwitchAction or HangupAction or HoldAction or PlaybackBGAction or SayAction or SetGlobalDataAction or SetMetaDataAction or StopAction or StopPlaybackBGAction or ToggleFunctionsAction or UnsetGlobalDataAction or UnsetMetaDataAction or UserInputAction or WaitForUserAction or AddDynamicHintsAction or ClearDynamicHintsAction or EndOfSpeechTimeoutAction or SpeechEventTimeoutAction or ChangeVoiceAction or FunctionsOnSpeakerTimeoutAction or ExtensiveDataAction or ReplaceInHistoryAction or SettingsAction objects");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_BedrockOutput_action_list_item(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/BedrockSWAIG/properties/functions/items
function _BedrockSWAIG_functions_item(value, path) {
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_BedrockSWAIG_functions_item, false, "a BedrockSWAIGFunction1 object or a BedrockSWAIGFunction2 object or a BedrockSWAIGFunction3 object or a BedrockSWAIGFunction4 object");
}
// Checks #/$defs/ConnectDestination/properties/confirm
function _ConnectDestination_confirm_list(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of SWML methods (one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise)");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        out.push(_ConnectDestination_confirm_list_item(item, `${path}[${i}]`));
    }
    return out;
}
// Checks #/$defs/ContextsPOMObject/properties/steps/items
function _ContextPOMSteps_or_ContextTextSteps(value, path) {
    if (hasKey(value, "pom") && keysWithin(value, exports.KEYS_ContextPOMSteps))
        return checkContextPOMSteps(value, path);
    if (hasKey(value, "text") && keysWithin(value, exports.KEYS_ContextTextSteps))
        return checkContextTextSteps(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_ContextPOMSteps_or_ContextTextSteps, false, "a ContextPOMSteps object or a ContextTextSteps object");
}
// Checks #/$defs/Languages/properties/code
function _Languages_code_list(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of strings (at most 3 items)");
    if (items.length > 3)
        throw new runtime_js_1.Invalid(path, value, "a list of strings (at most 3 items)");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string"))
            throw new runtime_js_1.Invalid(`${path}[${i}]`, item, "a string");
        out.push(item);
    }
    return out;
}
// Checks #/$defs/NumberProperty/properties/enum
function _list_of_int_or_number(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each an integer or a number");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!((0, runtime_js_1.isInteger)(item) || (0, runtime_js_1.isNumber)(item)))
            throw new runtime_js_1.Invalid(`${path}[${i}]`, item, "an integer or a number");
        out.push(item);
    }
    return out;
}
// Checks #/$defs/NumberProperty/properties/enum
function _list_of_var(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each a SWML variable such as '${name}'");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(0, runtime_js_1.isVar)(item))
            throw new runtime_js_1.Invalid(`${path}[${i}]`, item, "a SWML variable such as '${name}'");
        out.push(item);
    }
    return out;
}
// Checks #/$defs/PayPrompts/properties/actions/items
function _PayPrompts_actions_item(value, path) {
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "Say")
        return checkPayPromptSayAction(value, path);
    if ((0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, "type") === "Play")
        return checkPayPromptPlayAction(value, path);
    if (hasKey(value, "type"))
        throw new runtime_js_1.Invalid(path + ".type", value["type"], "'Say' or 'Play'");
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_PayPrompts_actions_item, false, "a PayPromptSayAction object or a PayPromptPlayAction object");
}
// Checks #/$defs/PlayWithURLS/properties/urls
function _PlayWithURLS_urls_list(value, path) {
    const items = (0, runtime_js_1.asList)(value, path, "a list of items that are each a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters)");
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(typeof item === "string" && exports.RE_4.test(item)))
            throw new runtime_js_1.Invalid(`${path}[${i}]`, item, "a URL to play: http:// or https://, say:TEXT, silence:SECONDS, ring:COUNTRY or ring:SECONDS:COUNTRY (COUNTRY is two letters)");
        out.push(item);
    }
    return out;
}
// Checks #/$defs/SWAIG/properties/functions/items
function _SWAIG_functions_item(value, path) {
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_SWAIG_functions_item, false, "a UserSWAIGFunction object or a StartUpHookSWAIGFunction object or a HangUpHookSWAIGFunction object or a SummarizeConversationSWAIGFunction object");
}
// Checks #/$defs/Cond/properties/cond/items
function _CondReg_or_CondElse(value, path) {
    if (hasKey(value, "when") && keysWithin(value, exports.KEYS_CondReg))
        return checkCondReg(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_CondReg_or_CondElse, true, "a CondReg object or a CondElse object");
}
// Checks #/$defs/BedrockOutput/properties/action/items
function _BedrockOutput_action_list_item(value, path) {
    if (hasKey(value, "SWML") && keysWithin(value, exports.KEYS_SWMLAction))
        return checkSWMLAction(value, path);
    if (hasKey(value, "change_context") && keysWithin(value, exports.KEYS_ChangeContextAction))
        return checkChangeContextAction(value, path);
    if (hasKey(value, "change_step") && keysWithin(value, exports.KEYS_ChangeStepAction))
        return checkChangeStepAction(value, path);
    if (hasKey(value, "context_switch") && keysWithin(value, exports.KEYS_ContextSwitchAction))
        return checkContextSwitchAction(value, path);
    if (hasKey(value, "hangup") && keysWithin(value, exports.KEYS_HangupAction))
        return checkHangupAction(value, path);
    if (hasKey(value, "hold") && keysWithin(value, exports.KEYS_HoldAction))
        return checkHoldAction(value, path);
    if (hasKey(value, "playback_bg") && keysWithin(value, exports.KEYS_PlaybackBGAction))
        return checkPlaybackBGAction(value, path);
    if (hasKey(value, "say") && keysWithin(value, exports.KEYS_SayAction))
        return checkSayAction(value, path);
    if (hasKey(value, "set_global_data") && keysWithin(value, exports.KEYS_SetGlobalDataAction))
        return checkSetGlobalDataAction(value, path);
    if (hasKey(value, "set_meta_data") && keysWithin(value, exports.KEYS_SetMetaDataAction))
        return checkSetMetaDataAction(value, path);
    if (hasKey(value, "stop") && keysWithin(value, exports.KEYS_StopAction))
        return checkStopAction(value, path);
    if (hasKey(value, "stop_playback_bg") && keysWithin(value, exports.KEYS_StopPlaybackBGAction))
        return checkStopPlaybackBGAction(value, path);
    if (hasKey(value, "toggle_functions") && keysWithin(value, exports.KEYS_ToggleFunctionsAction))
        return checkToggleFunctionsAction(value, path);
    if (hasKey(value, "unset_global_data") && keysWithin(value, exports.KEYS_UnsetGlobalDataAction))
        return checkUnsetGlobalDataAction(value, path);
    if (hasKey(value, "unset_meta_data") && keysWithin(value, exports.KEYS_UnsetMetaDataAction))
        return checkUnsetMetaDataAction(value, path);
    if (hasKey(value, "user_input") && keysWithin(value, exports.KEYS_UserInputAction))
        return checkUserInputAction(value, path);
    if (hasKey(value, "wait_for_user") && keysWithin(value, exports.KEYS_WaitForUserAction))
        return checkWaitForUserAction(value, path);
    if (hasKey(value, "add_dynamic_hints") && keysWithin(value, exports.KEYS_AddDynamicHintsAction))
        return checkAddDynamicHintsAction(value, path);
    if (hasKey(value, "clear_dynamic_hints") && keysWithin(value, exports.KEYS_ClearDynamicHintsAction))
        return checkClearDynamicHintsAction(value, path);
    if (hasKey(value, "end_of_speech_timeout") && keysWithin(value, exports.KEYS_EndOfSpeechTimeoutAction))
        return checkEndOfSpeechTimeoutAction(value, path);
    if (hasKey(value, "speech_event_timeout") && keysWithin(value, exports.KEYS_SpeechEventTimeoutAction))
        return checkSpeechEventTimeoutAction(value, path);
    if (hasKey(value, "change_voice") && keysWithin(value, exports.KEYS_ChangeVoiceAction))
        return checkChangeVoiceAction(value, path);
    if (hasKey(value, "functions_on_speaker_timeout") &&
        keysWithin(value, exports.KEYS_FunctionsOnSpeakerTimeoutAction))
        return checkFunctionsOnSpeakerTimeoutAction(value, path);
    if (hasKey(value, "extensive_data") && keysWithin(value, exports.KEYS_ExtensiveDataAction))
        return checkExtensiveDataAction(value, path);
    if (hasKey(value, "replace_in_history") && keysWithin(value, exports.KEYS_ReplaceInHistoryAction))
        return checkReplaceInHistoryAction(value, path);
    if (hasKey(value, "settings") && keysWithin(value, exports.KEYS_SettingsAction))
        return checkSettingsAction(value, path);
    return (0, runtime_js_1.pickVariant)(value, path, exports.VARIANTS_BedrockOutput_action, false, "a SWMLAction object or a ChangeContextAction object or a ChangeStepAction object or a ContextSwitchAction object or a HangupAction object or a HoldAction object or a PlaybackBGAction object or a SayAction object or a SetGlobalDataAction object or a SetMetaDataAction object or a StopAction object or a StopPlaybackBGAction object or a ToggleFunctionsAction object or an UnsetGlobalDataAction object or an UnsetMetaDataAction object or a UserInputAction object or a WaitForUserAction object or an AddDynamicHintsAction object or a ClearDynamicHintsAction object or an EndOfSpeechTimeoutAction object or a SpeechEventTimeoutAction object or a ChangeVoiceAction object or a FunctionsOnSpeakerTimeoutAction object or an ExtensiveDataAction object or a ReplaceInHistoryAction object or a SettingsAction object");
}
// Checks #/$defs/ConnectDestination/properties/confirm/items
function _ConnectDestination_confirm_list_item(value, path) {
    return checkMethod(value, path, exports.ONLY_ConnectDestination_confirm_list_item, "a SWML method, one of cond, set, unset, hangup, play, prompt, record, record_call, stop_record_call, tap, stop_tap, stream, stop_stream, send_digits, send_sms, denoise, stop_denoise");
}
/** Whether `value` is a plain object with `key` given (a value that is not `undefined`). */
function hasKey(value, key) {
    return (0, runtime_js_1.isPlainObject)(value) && (0, runtime_js_1.own)(value, key) !== undefined;
}
/** Whether every key given (a value that is not `undefined`) is one of `known`. */
function keysWithin(value, known) {
    return Object.keys(value).every((key) => known.has(key) || value[key] === undefined);
}
/** Each verb's argument checker, by the verb's wire name. */
exports.VERBS = new Map([
    ["answer", checkAnswer],
    ["ai", checkAIObject],
    ["ai_sidecar", checkAISidecarObject],
    ["amazon_bedrock", checkAmazonBedrockObject],
    ["cond", _list_of_CondReg_or_CondElse],
    ["connect", _verb_connect],
    ["denoise", checkDenoise],
    ["enter_queue", checkEnterQueueObject],
    ["execute", checkExecute],
    ["goto", checkGoto],
    ["label", _verb_label],
    ["live_transcribe", checkLiveTranscribe],
    ["live_translate", checkLiveTranslate],
    ["hangup", checkHangup],
    ["join_room", checkJoinRoom],
    ["join_conference", checkJoinConference],
    ["play", _PlayWithURL_or_PlayWithURLS],
    ["prompt", checkPrompt],
    ["receive_fax", checkReceiveFax],
    ["record", checkRecordArgument],
    ["record_call", checkRecordCall],
    ["request", checkRequest],
    ["return", _any],
    ["send_digits", checkSendDigits],
    ["send_fax", checkSendFax],
    ["send_sms", _SMSWithBody_or_SMSWithMedia],
    ["set", _map_of_any],
    ["sleep", _Sleep_or_int_or_var],
    ["sip_refer", checkSipRefer],
    ["stop_denoise", checkStopDenoise],
    ["stop_record_call", checkStopRecordCall],
    ["stop_stream", checkStopStream],
    ["stop_tap", checkStopTap],
    ["stream", checkStream],
    ["switch", checkSwitchArgument],
    ["tap", checkTap],
    ["transcribe", checkTranscribe],
    ["transcribe_stop", checkTranscribeStop],
    ["transfer", checkTransfer],
    ["unset", _str_or_list_of_str],
    ["pay", checkPay],
    ["detect_machine", checkDetectMachine],
    ["user_event", checkUserEvent],
    ["execute_rpc", checkExecuteRpc],
]);
/** One SWML method, `{verb: argument}`, of any verb (or of those in `only`). */
function checkMethod(value, path, only, expected = "a SWML method such as { hangup: {} }") {
    const v = (0, runtime_js_1.asObject)(value, path, expected);
    const keys = Object.keys(v).filter((key) => v[key] !== undefined);
    const verb = keys[0];
    if (keys.length !== 1 || verb === undefined) {
        throw new runtime_js_1.Invalid(path, value, expected + ", with exactly one key: the verb");
    }
    const argument = v[verb];
    const check = exports.VERBS.get(verb);
    if (check === undefined || (only !== undefined && !only.has(verb))) {
        const allowed = [...(only ?? exports.VERBS.keys())].sort(runtime_js_1.byCodePoint).join(", ");
        const reason = `a verb; ${(0, runtime_js_1.pyRepr)(verb)} is not one here (allowed: ${allowed})`;
        throw new runtime_js_1.Invalid(`${path}.${verb}`, argument, reason);
    }
    const out = {};
    (0, runtime_js_1.setKey)(out, verb, check(argument, `${path}.${verb}`));
    return out;
}
