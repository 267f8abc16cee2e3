"""The Lua scripts of `RedisState`: a request's limits checked and reserved in one atomic step
(no other client runs between a script's reads and its writes), then settled.

Per check, KEYS holds four keys: its window (a sorted set of `id|tokens` by admission time),
the running sum of the window's tokens (kept as entries come and go, so that an admission
costs the same however full the window is), its reservations (`id|estimate` by admission time;
only requests in flight) and its period's spend (a float). Numbers
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
  local win, used_key, res, spend = KEYS[4 * i - 3], KEYS[4 * i - 2], KEYS[4 * i - 1], KEYS[4 * i]
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
  if rpm ~= '' or tpm ~= '' then
    local gone = 0
    for _, m in ipairs(redis.call('ZRANGEBYSCORE', win, '-inf', now - window)) do
      gone = gone + amount(m)
    end
    if gone > 0 then redis.call('DECRBY', used_key, gone) end
    redis.call('ZREMRANGEBYSCORE', win, '-inf', now - window)
    local count = redis.call('ZCARD', win)
    local used = tonumber(redis.call('GET', used_key) or '0')
    if count == 0 then used = 0 end
    local first = redis.call('ZRANGE', win, 0, 0, 'WITHSCORES')
    table.insert(views, count); table.insert(views, tostring(used))
    table.insert(views, first[2] or '')
    if rpm ~= '' and count >= tonumber(rpm) then
      local r, wait = tonumber(rpm), window
      if r > 0 then
        wait = tonumber(redis.call('ZRANGE', win, count - r, count - r, 'WITHSCORES')[2])
        wait = wait + window - now
      end
      return refuse(i, 'rpm', wait, 0, 0)
    end
    if tpm ~= '' and tokens > tonumber(tpm) then return refuse(i, 'tpm_size', window, 0, 0) end
    if tpm ~= '' and used + tokens > tonumber(tpm) then
      local excess, wait = used + tokens - tonumber(tpm), window
      local entries = redis.call('ZRANGE', win, 0, -1, 'WITHSCORES')
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
  local win, used_key, res = KEYS[4 * i - 3], KEYS[4 * i - 2], KEYS[4 * i - 1]
  local budget, rpm, tpm = ARGV[6 + 3 * i], ARGV[7 + 3 * i], ARGV[8 + 3 * i]
  if budget ~= '' then
    redis.call('ZADD', res, now, res_member)
    redis.call('EXPIRE', res, math.ceil(stale))
  end
  if rpm ~= '' or tpm ~= '' then
    if redis.call('ZCARD', win) == 0 then redis.call('SET', used_key, 0) end
    redis.call('ZADD', win, now, win_member)
    redis.call('INCRBY', used_key, tokens)
    redis.call('EXPIRE', win, math.ceil(2 * window))
    redis.call('EXPIRE', used_key, math.ceil(2 * window))
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
local old_tokens, new_tokens = tonumber(ARGV[9]), tonumber(ARGV[10])
for i = 1, n do
  local win, used_key, res, spend = KEYS[4 * i - 3], KEYS[4 * i - 2], KEYS[4 * i - 1], KEYS[4 * i]
  local budget, rated, spend_ttl = ARGV[8 + 3 * i], ARGV[9 + 3 * i], ARGV[10 + 3 * i]
  if budget ~= '' then redis.call('ZREM', res, res_member) end
  redis.call('INCRBYFLOAT', spend, cost)
  redis.call('EXPIRE', spend, math.ceil(tonumber(spend_ttl)))
  if rated ~= '' then
    if redis.call('ZREM', win, old_member) == 1 then
      redis.call('ZADD', win, ticket_time, new_member)
      redis.call('INCRBY', used_key, new_tokens - old_tokens)
    elseif extra_member ~= '' then
      if redis.call('ZCARD', win) == 0 then redis.call('SET', used_key, 0) end
      redis.call('ZADD', win, now, extra_member)
      redis.call('INCRBY', used_key, new_tokens - old_tokens)
      redis.call('EXPIRE', win, 120)
      redis.call('EXPIRE', used_key, 120)
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
