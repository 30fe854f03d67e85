/**
 * Public names of the `openai` Python package, listed from its source:
 * v1+ from `src/openai/__init__.py` (its `__all__`, the Azure/Bedrock clients
 * and the removed-v0 proxies of `lib/_old_api.py`) at v3.3.1; v0 from
 * `openai/__init__.py` and `openai/error.py` at v0.28.1.
 */
import { sdkById } from '../../src/providers';

export const OPENAI_PYTHON_V1 = {
	version: sdkById('openai-python')!.namesCheckedAt!,
	names: new Set(
		`types NoneType Transport ProxiesTypes NotGiven NOT_GIVEN not_given Omit omit OpenAIError APIError APIStatusError
		APITimeoutError APIConnectionError APIResponseValidationError BadRequestError AuthenticationError OAuthError
		PermissionDeniedError NotFoundError ConflictError UnprocessableEntityError RateLimitError InternalServerError
		LengthFinishReasonError ContentFilterFinishReasonError InvalidWebhookSignatureError Timeout RequestOptions
		DataResidency Client AsyncClient Stream AsyncStream OpenAI AsyncOpenAI BedrockOpenAI AsyncBedrockOpenAI
		file_from_path BaseModel DEFAULT_TIMEOUT DEFAULT_MAX_RETRIES DEFAULT_CONNECTION_LIMITS DefaultHttpxClient
		DefaultAsyncHttpxClient DefaultAioHttpClient DefaultHttpx2Client DefaultAsyncHttpx2Client ReconnectingEvent
		ReconnectingOverrides WebSocketQueueFullError WebSocketConnectionClosedError AzureOpenAI AsyncAzureOpenAI
		APIResponse AsyncAPIResponse VERSION pydantic_function_tool AssistantEventHandler AsyncAssistantEventHandler
		Edit File Audio Image Model Engine Customer FineTune Embedding Completion Deployment Moderation ErrorObject
		FineTuningJob ChatCompletion`.split(/\s+/),
	),
};

export const OPENAI_PYTHON_V0 = {
	version: sdkById('openai-python-v0')!.namesCheckedAt!,
	names: new Set(
		`APIError Audio ChatCompletion Completion Customer Edit Image Deployment Embedding Engine ErrorObject File FineTune
		FineTuningJob InvalidRequestError Model Moderation OpenAIError api_base api_key api_type api_key_path api_version
		app_info ca_bundle_path debug enable_telemetry log organization proxy verify_ssl_certs error VERSION`.split(/\s+/),
	),
	errorClasses: new Set(
		`OpenAIError APIError TryAgain Timeout APIConnectionError InvalidRequestError AuthenticationError PermissionError
		RateLimitError ServiceUnavailableError InvalidAPIType SignatureVerificationError`.split(/\s+/),
	),
};
