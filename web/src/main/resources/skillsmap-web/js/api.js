// The Skillsmap JSON API v1 as seen from the page: one method per endpoint, failures as ApiError.

/** Why a request failed, in terms the page can explain to a person. */
export const FailureKind = Object.freeze({
  UNREACHABLE: 'unreachable', // no answer at all (offline, server down, blocked)
  TIMEOUT: 'timeout',
  NOT_FOUND: 'notFound',
  REJECTED: 'rejected', // 400/422: the input was not accepted
  BUSY: 'busy', // 429/503
  SERVER: 'server', // other 5xx
  MALFORMED: 'malformed', // 2xx without valid JSON
});

export class ApiError extends Error {
  /**
   * @param {string} kind one of FailureKind
   * @param {number} status HTTP status, 0 when there was no response
   * @param {object|null} problem the application/problem+json body, when the server sent one
   */
  constructor(kind, status, problem, options) {
    super(problem?.detail || problem?.title || `${kind} (${status})`, options);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }
}

function kindForStatus(status) {
  if (status === 404) return FailureKind.NOT_FOUND;
  if (status === 400 || status === 422) return FailureKind.REJECTED;
  if (status === 429 || status === 503) return FailureKind.BUSY;
  return FailureKind.SERVER;
}

/** Aborts when either the caller aborts or the timeout passes (AbortSignal.any is not yet everywhere). */
function withTimeout(signal, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
  const onAbort = () => controller.abort(signal.reason);
  if (signal) {
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

export function isAbort(error) {
  return error?.name === 'AbortError';
}

export class SkillsmapApi {
  #base;
  #timeoutMs;

  /** @param {string} baseUrl absolute URL of /api/v1 */
  constructor(baseUrl, { timeoutMs = 20000 } = {}) {
    this.#base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    this.#timeoutMs = timeoutMs;
  }

  /** @param {{types?: string[], limit?: number, signal?: AbortSignal}} [options] types: only these (all when absent) */
  suggest(q, { types = [], limit = 8, signal } = {}) {
    const params = new URLSearchParams({ q, limit: String(limit) });
    for (const type of types) params.append('type', type);
    return this.#request(`suggest?${params}`, { signal });
  }

  /** "Bedoelde je ...?": the text with its unknown words replaced by words the index knows. */
  spelling(q, { limit = 3, signal } = {}) {
    return this.#request(`spelling?${new URLSearchParams({ q, limit: String(limit) })}`, { signal });
  }

  /** Which of these skill and occupation URIs have a label that is not Dutch: {labels: [{uri, language}]}. */
  labelLanguages(uris, { signal } = {}) {
    return this.#request('label-languages', { method: 'POST', body: { uris }, signal });
  }

  search({ q, types = [], limit = 10, offset = 0 }, { signal } = {}) {
    const params = new URLSearchParams({ q, limit: String(limit), offset: String(offset) });
    for (const type of types) params.append('type', type);
    return this.#request(`search?${params}`, { signal });
  }

  /** @param {{expand?: string, signal?: AbortSignal}} [options] expand 'missing': every missing part, not the first few */
  match(body, { expand, signal } = {}) {
    return this.#request(expand ? `match?${new URLSearchParams({ expand })}` : 'match', { method: 'POST', body, signal });
  }

  qualification(crebo, { signal } = {}) {
    return this.#request(`qualifications/${encodeURIComponent(crebo)}`, { signal });
  }

  compare(from, to, { signal } = {}) {
    return this.#request(`compare?${new URLSearchParams({ from, to })}`, { signal });
  }

  common(crebos, { signal } = {}) {
    const params = new URLSearchParams();
    for (const crebo of crebos) params.append('crebo', crebo);
    return this.#request(`common?${params}`, { signal });
  }

  async #request(path, { method = 'GET', body, signal } = {}) {
    const timed = withTimeout(signal, this.#timeoutMs);
    try {
      let response;
      try {
        response = await fetch(new URL(path, this.#base), {
          method,
          headers: body ? { Accept: 'application/json', 'Content-Type': 'application/json' } : { Accept: 'application/json' },
          body: body ? JSON.stringify(body) : undefined,
          signal: timed.signal,
        });
      } catch (error) {
        if (signal?.aborted) throw error; // the caller moved on; not a failure to show
        const timedOut = timed.signal.reason?.name === 'TimeoutError';
        throw new ApiError(timedOut ? FailureKind.TIMEOUT : FailureKind.UNREACHABLE, 0, null, { cause: error });
      }
      if (!response.ok) {
        let problem = null;
        try {
          problem = await response.json();
        } catch {
          // a proxy's HTML error page: the status alone has to do
        }
        throw new ApiError(kindForStatus(response.status), response.status, problem);
      }
      try {
        return await response.json();
      } catch (error) {
        if (signal?.aborted) throw error;
        const timedOut = timed.signal.reason?.name === 'TimeoutError';
        throw new ApiError(timedOut ? FailureKind.TIMEOUT : FailureKind.MALFORMED, response.status, null, { cause: error });
      }
    } finally {
      timed.done();
    }
  }
}
