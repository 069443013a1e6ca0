-- Neovim as an LSP client of daemon-config's server, headless. Run by neovim.test.ts as
--   nvim --headless -n -i NONE -u NONE --noplugin -c "luafile test/neovim/client.lua"
-- with DC_SERVER (dist/server.js), DC_FILE (a unit file) and DC_OUT (where to write the JSON
-- result). Uses only APIs present in Neovim 0.7 (Debian 12): vim.lsp.start_client +
-- buf_attach_client rather than the newer vim.lsp.start. Every wait is for an event, with a cap.
local server = assert(os.getenv('DC_SERVER'), 'DC_SERVER not set')
local file = assert(os.getenv('DC_FILE'), 'DC_FILE not set')
local out = assert(os.getenv('DC_OUT'), 'DC_OUT not set')
local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }

local function write_result()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local function request(bufnr, client_id, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, 10000)
  if not responses then return { error = tostring(err) } end
  local r = responses[client_id]
  if not r then return { error = 'no response' } end
  if r.err then return { error = r.err } end
  return { result = r.result }
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'daemon-config',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    get_language_id = function() return 'systemd-unit' end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  vim.lsp.buf_attach_client(bufnr, client_id)
  result.initialized = vim.wait(15000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 20)
  local client = vim.lsp.get_client_by_id(client_id)
  result.server_name = client and client.server_info and client.server_info.name or vim.NIL

  -- 1. diagnostics: pushed by the server after didOpen
  result.got_diagnostics = vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = lsp.code, data = lsp.data,
    })
  end

  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local function find(pattern)
    for i, l in ipairs(lines) do
      local s = l:find(pattern)
      if s then return i - 1, s - 1 end
    end
    error('fixture has no line matching ' .. pattern)
  end
  local uri = vim.uri_from_bufnr(bufnr)

  -- 2. completion after "Type="
  local tl = find('^Type=$')
  result.completion = request(bufnr, client_id, 'textDocument/completion',
    { textDocument = { uri = uri }, position = { line = tl, character = 5 } })

  -- 3. hover on KillMode
  local kl, kc = find('^KillMode')
  result.hover = request(bufnr, client_id, 'textDocument/hover',
    { textDocument = { uri = uri }, position = { line = kl, character = kc + 2 } })

  -- 4. code actions on the misspelt directive, with the diagnostics the server sent there
  local rl = find('^Restrat=')
  local here = {}
  for _, d in ipairs(result.diagnostics) do
    if d.lnum == rl then
      table.insert(here, {
        range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
        message = d.message, severity = d.severity, code = d.code, data = d.data, source = d.source,
      })
    end
  end
  result.code_actions = request(bufnr, client_id, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = rl, character = 0 }, ['end'] = { line = rl, character = 7 } },
    context = { diagnostics = here },
  })

  vim.lsp.stop_client(client_id)
  result.stopped = vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end)
if not ok then result.error = tostring(err) end
write_result()
vim.cmd('qa!')
