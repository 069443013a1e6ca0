-- Decodes a textDocument/semanticTokens answer (LSP's relative 5-integer groups) into one table per
-- token with its text, type and modifiers, by the legend the server advertised. Neovim 0.7 has no
-- semantic token support of its own, so the test asks for the tokens and reads them here.
local M = {}

---@param data integer[] the `data` array of SemanticTokens
---@param legend table { tokenTypes = string[], tokenModifiers = string[] }
---@param lines string[] the buffer's lines, to quote each token's text
function M.decode(data, legend, lines)
  local tokens = {}
  local line, char = 0, 0
  for i = 1, #data - 4, 5 do
    local delta_line, delta_char, length, type_index, bits = data[i], data[i + 1], data[i + 2], data[i + 3], data[i + 4]
    line = line + delta_line
    char = delta_line == 0 and char + delta_char or delta_char
    local modifiers = {}
    for m, name in ipairs(legend.tokenModifiers) do
      if bit.band(bits, bit.lshift(1, m - 1)) ~= 0 then table.insert(modifiers, name) end
    end
    -- The fixtures are ASCII, so UTF-16 offsets are byte offsets.
    local text = (lines[line + 1] or ''):sub(char + 1, char + length)
    table.insert(tokens, {
      line = line, char = char, length = length, text = text,
      type = legend.tokenTypes[type_index + 1] or ('#' .. type_index), modifiers = modifiers,
    })
  end
  return tokens
end

return M
