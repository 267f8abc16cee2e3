"""The Lua scripts of `RedisState`: a request's limits checked and reserved in one atomic step
(no other client runs between a script's reads and its writes), then settled.

Per check, KEYS holds three keys: its window (a sorted set of `id|tokens` by admission time),
its reservations (`id|estimate` by admission time) and its period's spend (a float). Numbers
go back to Python as strings: Redis would cut a Lua number to an integer.
"""

ADMIT = """
local now, n = tonumber(ARGV[1]), tonumber(ARGV[2])
local window, stale = tonumber(ARGV[3]), tonumber(ARGV[4])
local win_member, res_member = ARGV[5], ARGV[6]
local tokens, estimate = tonumber(ARGV[7]), tonumber(ARGV[8])
local function amount(m) return tonumber(string.match(m, '|([^|]*)$')) end
local views = {}
local function refuse(i, reason, wait, spent, reserved)
  local out = {reason, i - 1, tostring(wait), tostring(spent), tostring(reserved)}
  for _, v in ipairs(views) do table.insert(out, v) end
  return out
end
for i = 1, n do
  local win, res, spend = KEYS[3 * i - 2], KEYS[3 * i - 1], KEYS[3 * i]
  local budget, rpm, tpm = ARGV[6 + 3 * i], ARGV[7 + 3 * i], ARGV[8 + 3 * i]
  if budget ~= '' then
    local b = tonumber(budget)
    redis.call('ZREMRANGEBYSCORE', res, '-inf', now - stale)
    local spent = tonumber(redis.call('GET', spend) or '0')
    local reserved = 0
    for _, m in ipairs(redis.call('ZRANGE', res, 0, -1)) do reserved = reserved + amount(m) end
    local slack = 1e-9 * math.max(1, math.abs(b))
    local fits
    if estimate > 0 then fits = spent + reserved + estimate <= b + slack
    else fits = spent + reserved < b - slack end
    if not fits then return refuse(i, 'budget', 0, spent, reserved) end
  end
  local count, used, oldest = 0, 0, ''
  if rpm ~= '' or tpm ~= '' then
    redis.call('ZREMRANGEBYSCORE', win, '-inf', now - window)
    local entries = redis.call('ZRANGE', win, 0, -1, 'WITHSCORES')
    count = #entries / 2
    for j = 1, #entries, 2 do used = used + amount(entries[j]) end
    if count > 0 then oldest = entries[2] end
    table.insert(views, count); table.insert(views, tostring(used)); table.insert(views, oldest)
    if rpm ~= '' and count >= tonumber(rpm) then
      local r, wait = tonumber(rpm), window
      if r > 0 then wait = tonumber(entries[2 * (count - r) + 2]) + window - now end
      return refuse(i, 'rpm', wait, 0, 0)
    end
    if tpm ~= '' and tokens > tonumber(tpm) then return refuse(i, 'tpm_size', window, 0, 0) end
    if tpm ~= '' and used + tokens > tonumber(tpm) then
      local excess, wait = used + tokens - tonumber(tpm), window
      for j = 1, #entries, 2 do
        excess = excess - amount(entries[j])
        if excess <= 0 then wait = tonumber(entries[j + 1]) + window - now; break end
      end
      return refuse(i, 'tpm', wait, 0, 0)
    end
  else
    table.insert(views, 0); table.insert(views, '0'); table.insert(views, '')
  end
end
for i = 1, n do
  local win, res = KEYS[3 * i - 2], KEYS[3 * i - 1]
  local budget, rpm, tpm = ARGV[6 + 3 * i], ARGV[7 + 3 * i], ARGV[8 + 3 * i]
  if budget ~= '' then
    redis.call('ZADD', res, now, res_member)
    redis.call('EXPIRE', res, math.ceil(stale))
  end
  if rpm ~= '' or tpm ~= '' then
    redis.call('ZADD', win, now, win_member)
    redis.call('EXPIRE', win, math.ceil(2 * window))
    local v = 3 * i - 2
    views[v] = views[v] + 1
    views[v + 1] = tostring(tonumber(views[v + 1]) + tokens)
    if views[v + 2] == '' then views[v + 2] = tostring(now) end
  end
end
return refuse(n + 1, 'ok', 0, 0, 0)
"""

SETTLE = """
local n, ticket_time, now = tonumber(ARGV[1]), ARGV[2], ARGV[3]
local old_member, new_member, extra_member = ARGV[4], ARGV[5], ARGV[6]
local res_member, cost = ARGV[7], ARGV[8]
for i = 1, n do
  local win, res, spend = KEYS[3 * i - 2], KEYS[3 * i - 1], KEYS[3 * i]
  local budget, rated, spend_ttl = ARGV[6 + 3 * i], ARGV[7 + 3 * i], ARGV[8 + 3 * i]
  if budget ~= '' then redis.call('ZREM', res, res_member) end
  redis.call('INCRBYFLOAT', spend, cost)
  redis.call('EXPIRE', spend, math.ceil(tonumber(spend_ttl)))
  if rated ~= '' then
    if redis.call('ZREM', win, old_member) == 1 then
      redis.call('ZADD', win, ticket_time, new_member)
    elseif extra_member ~= '' then
      redis.call('ZADD', win, now, extra_member)
    end
  end
end
return 1
"""

COUNT_EVENT = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3])
redis.call('EXPIRE', KEYS[1], math.ceil(tonumber(ARGV[2])))
return redis.call('ZCARD', KEYS[1])
"""
