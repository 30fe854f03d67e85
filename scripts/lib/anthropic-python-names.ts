/**
 * Public names of the `anthropic` Python package that examples may use, from
 * `src/anthropic/__init__.py` (its `__all__` and the cloud clients it
 * re-exports) and `src/anthropic/_exceptions.py` at v0.121.0, the version
 * `../shared/catalog/anthropic.md` was checked against; each name was also
 * found, mechanically, in the anthropic 1.13.0 wheel of this machine's wheel store, the release pages name. `OverloadedError` and
 * `RequestTooLargeError` are top-level names only since v0.108.0; before that
 * they lived in `anthropic._exceptions` alone.
 */
import { sdkById } from '../../src/providers';

export const ANTHROPIC_PYTHON = {
	version: sdkById('anthropic-python')!.namesCheckedAt!,
	names: new Set(
		`types NoneType NotGiven NOT_GIVEN not_given Omit omit AnthropicError APIError APIStatusError
		APITimeoutError APIConnectionError APIResponseValidationError BadRequestError AuthenticationError
		PermissionDeniedError NotFoundError ConflictError UnprocessableEntityError RateLimitError InternalServerError
		OverloadedError RequestTooLargeError Timeout RequestOptions Client AsyncClient Stream AsyncStream Anthropic
		AsyncAnthropic file_from_path BaseModel DEFAULT_TIMEOUT DEFAULT_MAX_RETRIES DEFAULT_CONNECTION_LIMITS
		DefaultHttpxClient DefaultAsyncHttpxClient DefaultAioHttpClient AnthropicBedrock
		AsyncAnthropicBedrock AnthropicVertex AsyncAnthropicVertex APIResponse AsyncAPIResponse`.split(/\s+/),
	),
	/** `anthropic._exceptions`, where the Bedrock/Vertex-only classes live. */
	exceptions: new Set(
		`AnthropicError APIError APIStatusError APITimeoutError APIConnectionError APIResponseValidationError
		BadRequestError AuthenticationError PermissionDeniedError NotFoundError ConflictError RequestTooLargeError
		UnprocessableEntityError RateLimitError InternalServerError OverloadedError ServiceUnavailableError
		DeadlineExceededError`.split(/\s+/),
	),
};
