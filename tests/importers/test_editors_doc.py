"""docs/editors.md cannot hold a broken snippet: every YAML, JSON and shell snippet parses, the
rung config loads with rung's loader, each tool's keys are checked against that tool's schema as
transcribed from its source (the URL beside each set), the routes the tools name exist in the
rung config, and the `llm` and anthropic clients installed here read their snippets the way
the doc says."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import anthropic
import pytest
import yaml

from rung import configure
from rung.config import BACKEND_SCHEMAS

DOC = Path(__file__).parents[2] / "docs" / "editors.md"
SNIPPET = re.compile(r"<!-- snippet: ([\w-]+) -->\n```(\w+)\n(.*?)```", re.DOTALL)
FENCE = re.compile(r"^```(\w+)$", re.MULTILINE)
RUNG = "http://127.0.0.1:8080"

# continuedev/continue, packages/config-yaml/src/schemas/models.ts and schemas/index.ts
CONTINUE_TOP = {"name", "version", "schema", "models", "context", "rules", "prompts", "docs",
                "mcpServers", "data"}  # fmt: skip
CONTINUE_MODEL = {
    "name", "provider", "model", "apiKey", "apiBase", "maxStopWords", "roles", "capabilities",
    "defaultCompletionOptions", "cacheBehavior", "requestOptions", "embedOptions", "chatOptions",
    "promptTemplates", "useLegacyCompletionsEndpoint", "env", "autocompleteOptions",
}  # fmt: skip
CONTINUE_ROLES = {"chat", "autocomplete", "embed", "rerank", "edit", "apply", "summarize"}

# zed-industries/zed, crates/settings_content (language models and edit predictions)
ZED_OPENAI_PROVIDER = {"api_url", "available_models"}
ZED_OPENAI_MODEL = {"name", "display_name", "max_tokens", "max_output_tokens",
                    "max_completion_tokens", "capabilities"}  # fmt: skip
ZED_CAPABILITIES_REQUIRED = {"tools", "images", "parallel_tool_calls", "prompt_cache_key"}
ZED_CAPABILITIES = ZED_CAPABILITIES_REQUIRED | {"chat_completions", "interleaved_reasoning"}
ZED_PREDICTION_PROVIDERS = {"none", "copilot", "supermaven", "zed", "codestral", "ollama",
                            "open_ai_compatible_api", "mercury"}  # fmt: skip
ZED_FIM_SETTINGS = {"api_url", "prompt_format", "model", "max_output_tokens"}
ZED_PROMPT_FORMATS = {"infer", "zeta", "zeta2", "code_llama", "star_coder", "deepseek_coder",
                      "qwen", "code_gemma", "codestral", "glm"}  # fmt: skip

# ggml-org/llama.vscode, package.json: contributes.configuration (the settings and their types)
LLAMA_VSCODE = {
    "endpoint": str, "endpoint_chat": str, "endpoint_tools": str, "endpoint_embeddings": str,
    "ai_api_version": str, "ai_model": str, "auto": bool, "api_key": str, "api_key_chat": str,
    "api_key_tools": str, "api_key_embeddings": str, "n_prefix": int, "n_suffix": int,
    "n_predict": int, "t_max_prompt_ms": int, "t_max_predict_ms": int, "show_info": bool,
    "max_line_suffix": int, "max_cache_keys": int, "ring_n_chunks": int,
}  # fmt: skip

# Claude Code's environment variables (code.claude.com/docs/en/env-vars)
CLAUDE_ENV = {"ANTHROPIC_BASE_URL", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_API_KEY", "ANTHROPIC_MODEL",
              "ANTHROPIC_DEFAULT_SONNET_MODEL", "ANTHROPIC_DEFAULT_OPUS_MODEL",
              "ANTHROPIC_DEFAULT_HAIKU_MODEL", "ANTHROPIC_CUSTOM_HEADERS"}  # fmt: skip
CLAUDE_MODELS = {name for name in CLAUDE_ENV if name.endswith("_MODEL")}


def snippets() -> dict[str, tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    found = {name: (lang, body) for name, lang, body in SNIPPET.findall(text)}
    assert len(found) == len(SNIPPET.findall(text)), "two snippets share a name"
    return found


def parsed(name: str) -> Any:
    lang, body = snippets()[name]
    return yaml.safe_load(body) if lang == "yaml" else json.loads(body)


def exports(name: str) -> dict[str, str]:
    lang, body = snippets()[name]
    assert lang == "bash"
    out = {}
    for line in body.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            match = re.fullmatch(r"export ([A-Z_]+)=(\S+)", line)
            assert match, line
            out[match[1]] = match[2]
    return out


def routes() -> set[str]:
    return set(parsed("rung")["routes"])


def test_every_code_block_is_a_checked_snippet() -> None:
    text = DOC.read_text(encoding="utf-8")
    fenced = [lang for lang in FENCE.findall(text)]
    assert len(fenced) == len(SNIPPET.findall(text)) == 7
    assert set(snippets()) == {"rung", "continue", "zed", "llama-vscode", "claude-code",
                               "claude-code-settings", "llm"}  # fmt: skip
    for name, (lang, _) in snippets().items():
        if lang in ("yaml", "json"):
            assert parsed(name) is not None, name


def test_the_rung_config_loads() -> None:
    if "embedding" not in BACKEND_SCHEMAS:
        pytest.skip("the `embedding` backend kind comes with the embeddings branch of issue 13")
    config = configure.parse(parsed("rung"), "docs/editors.md", env={"BERGET_API_KEY": "x"})
    assert set(config.routes) == {"autocomplete", "chat", "edit", "embed"}


def test_continue() -> None:
    config = parsed("continue")
    assert {"name", "version", "schema"} <= set(config) <= CONTINUE_TOP
    for model in config["models"]:
        assert {"name", "provider", "model"} <= set(model) <= CONTINUE_MODEL, model
        assert set(model["roles"]) <= CONTINUE_ROLES
        assert model["model"] in routes()
        assert model["apiBase"].startswith(RUNG) and model["apiBase"].endswith("/")
    roles = {role for model in config["models"] for role in model["roles"]}
    assert {"autocomplete", "chat", "edit", "embed"} <= roles
    [autocomplete] = [m for m in config["models"] if "autocomplete" in m["roles"]]
    assert autocomplete["provider"] == "ollama" and autocomplete["apiBase"] == RUNG + "/"


def test_zed() -> None:
    settings = parsed("zed")
    for provider in settings["language_models"]["openai_compatible"].values():
        assert set(provider) == ZED_OPENAI_PROVIDER and provider["api_url"] == RUNG + "/v1"
        for model in provider["available_models"]:
            assert set(model) <= ZED_OPENAI_MODEL and model["name"] in routes()
            assert ZED_CAPABILITIES_REQUIRED <= set(model["capabilities"]) <= ZED_CAPABILITIES
    predictions = settings["edit_predictions"]
    assert predictions["provider"] in ZED_PREDICTION_PROVIDERS
    fim = predictions[predictions["provider"]]
    assert set(fim) <= ZED_FIM_SETTINGS and fim["prompt_format"] in ZED_PROMPT_FORMATS
    assert fim["api_url"] == RUNG and fim["model"] in routes()


def test_llama_vscode() -> None:
    settings = parsed("llama-vscode")
    for key, value in settings.items():
        prefix, _, name = key.partition(".")
        assert prefix == "llama-vscode" and isinstance(value, LLAMA_VSCODE[name]), key
    assert settings["llama-vscode.endpoint"] == RUNG  # the extension adds /infill
    assert settings["llama-vscode.ai_model"] in routes()
    assert "autocomplete" in routes()  # where /infill without a model goes


def test_claude_code() -> None:
    shell, settings = exports("claude-code"), parsed("claude-code-settings")
    assert set(shell) <= CLAUDE_ENV and set(settings) == {"env"}
    assert set(settings["env"]) <= CLAUDE_ENV
    for env in (shell, settings["env"]):
        assert env["ANTHROPIC_BASE_URL"] == RUNG
        assert {env[name] for name in CLAUDE_MODELS & set(env)} <= routes()
        assert not {"ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN"} <= set(env)  # one of them


class Recorder(BaseHTTPRequestHandler):
    """Answers one Messages call and keeps what it was sent."""

    seen: ClassVar[list[tuple[str, str, bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["content-length"]))
        self.seen.append((self.path, self.headers.get("authorization", ""), body))
        answer = json.dumps({
            "id": "msg_1", "type": "message", "role": "assistant", "model": "chat",
            "content": [{"type": "text", "text": "hi"}], "stop_reason": "end_turn",
            "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1},
        }).encode()  # fmt: skip
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: Any) -> None:
        pass


def test_the_anthropic_sdk_calls_rung_messages_with_the_token() -> None:
    """Claude Code is built on Anthropic's client: with the doc's base URL (here on a recording
    server's port) and token it calls `/v1/messages` with `Authorization: Bearer`."""
    env = exports("claude-code")
    assert urlsplit(env["ANTHROPIC_BASE_URL"]).path == ""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        client = anthropic.Anthropic(
            base_url=f"http://127.0.0.1:{server.server_port}",
            auth_token=env["ANTHROPIC_AUTH_TOKEN"], api_key=None, max_retries=0,
        )  # fmt: skip
        client.messages.create(
            model=env["ANTHROPIC_MODEL"], max_tokens=8, messages=[{"role": "user", "content": "hi"}]
        )
    finally:
        server.shutdown()
        thread.join()
    [(path, authorization, body)] = Recorder.seen
    assert path == "/v1/messages"
    assert authorization == "Bearer " + env["ANTHROPIC_AUTH_TOKEN"]
    assert json.loads(body)["model"] == "chat"


def test_llm_registers_the_models(tmp_path: Path) -> None:
    """The installed `llm` reads the snippet as its extra-openai-models.yaml."""
    _, body = snippets()["llm"]
    (tmp_path / "extra-openai-models.yaml").write_text(body, encoding="utf-8")
    script = (
        "import json, llm\n"
        "out = {}\n"
        "for name in ('rung-chat', 'rung-complete'):\n"
        "    m = llm.get_model(name)\n"
        "    out[name] = [m.model_name, m.api_base, m.needs_key, type(m).__name__]\n"
        "print(json.dumps(out))\n"
    )
    env = {**os.environ, "LLM_USER_PATH": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    models = json.loads(result.stdout)
    assert models["rung-chat"] == ["chat", RUNG + "/v1", "rung", "Chat"]
    assert models["rung-complete"] == ["autocomplete", RUNG + "/v1", "rung", "Completion"]
    assert {name for name, *_ in models.values()} <= routes()


@pytest.mark.live
def test_llm_snippet_chats_with_a_live_rung(serve: Any, llama_server: str, tmp_path: Path) -> None:
    """The `llm` snippet, its api_base moved to a live rung's port, answers through the route."""
    config = {
        "models": {"up": {"backend": "openai", "base_url": llama_server, "model": "smollm2"}},
        "routes": {"chat": {"pattern": "fixed", "model": "up"}},
    }
    _, body = snippets()["llm"]
    with serve(config) as gateway:
        (tmp_path / "extra-openai-models.yaml").write_text(
            body.replace(RUNG, gateway.url), encoding="utf-8"
        )
        (tmp_path / "keys.json").write_text(json.dumps({"rung": "sk-rung-test"}), "utf-8")
        env = {**os.environ, "LLM_USER_PATH": str(tmp_path)}
        command = [sys.executable, "-m", "llm", "-m", "rung-chat", "-o", "max_tokens", "8", "hi"]
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        [row] = gateway.log_rows()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert (row["route"], row["status"]) == ("chat", 200)
