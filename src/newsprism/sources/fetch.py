"""Fetching one URL over HTTP(S): bounded in time and size, every failure a coded message."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from newsprism import __version__
from newsprism.config import Settings
from newsprism.errors import BadInputError, Errors

#: Seconds allowed for each network step (connect, each read) and, times four, for the whole download.
DEFAULT_TIMEOUT_S = 20.0
USER_AGENT = f"newsprism/{__version__} (+https://pypi.org/project/newsprism/)"
_MAX_REDIRECTS = 10


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded resource.

    Attributes:
        url: The address asked for.
        final_url: The address after redirects.
        content: The body (at most ``settings.max_file_bytes``).
        content_type: The media type without parameters, lower case (``text/html``).
        charset: The charset the response declares, if any.
    """

    url: str
    final_url: str
    content: bytes
    content_type: str
    charset: str | None


def is_url(value: str) -> bool:
    """Whether an input names an HTTP(S) URL rather than a path."""
    return value[:8].lower().startswith(("http://", "https://"))


def _one_line(value: object) -> str:
    return " ".join(str(value).split()) or type(value).__name__


def _fail(url: str, detail: str) -> BadInputError:
    return BadInputError(Errors.E011.format(where=url, detail=detail))


def fetch_url(
    url: str,
    settings: Settings,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    client: httpx.Client | None = None,
) -> Fetched:
    """Download ``url``, following redirects.

    Args:
        url: An ``http://`` or ``https://`` address.
        settings: ``max_file_bytes`` caps the body's size.
        timeout: Seconds per network step; the whole download may take four times this.
        client: An HTTP client to reuse (connection pooling); one is made otherwise.

    Raises:
        BadInputError: E011 for a network error, a timeout, an HTTP error status, or a
            body over the size limit (refused as soon as the size is known).
    """
    own = client is None
    http = client or httpx.Client(
        follow_redirects=True,
        max_redirects=_MAX_REDIRECTS,
        timeout=httpx.Timeout(timeout),
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.5",
        },
    )
    limit = settings.max_file_bytes
    deadline = time.monotonic() + 4 * timeout
    try:
        with http.stream("GET", url, follow_redirects=True, timeout=httpx.Timeout(timeout)) as response:
            if response.status_code >= 400:
                raise _fail(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise _fail(url, f"response too large ({declared} bytes, limit {limit})")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise _fail(url, f"response too large (over {limit} bytes)")
                if time.monotonic() > deadline:
                    raise _fail(url, f"timed out after {4 * timeout:g} s")
                chunks.append(chunk)
            media = response.headers.get("content-type", "")
            content_type = media.split(";", 1)[0].strip().lower()
            return Fetched(
                url=url,
                final_url=str(response.url),
                content=b"".join(chunks),
                content_type=content_type,
                charset=response.charset_encoding,
            )
    except httpx.TimeoutException:
        raise _fail(url, f"timed out after {timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise _fail(url, f"more than {_MAX_REDIRECTS} redirects") from None
    except (httpx.InvalidURL, ValueError) as exc:
        raise _fail(url, f"invalid URL ({_one_line(exc)})") from None
    except httpx.HTTPError as exc:
        raise _fail(url, _one_line(exc) if str(exc) else type(exc).__name__) from None
    finally:
        if own:
            http.close()
