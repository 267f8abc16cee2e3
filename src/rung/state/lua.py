"""The Lua scripts of `RedisState`: a request's limits checked and reserved in one atomic step
(no other client runs between a script's reads and its writes), then settled.

Per check, KEYS holds five keys: its window (a sorted set of `id|tokens` by admission time),
the running sum of the window's tokens (kept as entries come and go, so that an admission
costs the same however full the window is), its reservations (`id|estimate` by admission time;
only requests in flight, and only those with an estimate above 0), its period's spend (a
float) and the running sum of its reservations (kept like the window's tokens: an admission
reads one number instead of parsing every reservation in flight, which at a log batch of 100
ms is tens of them). Numbers go back to Python as strings: Redis would cut a Lua number to an
integer.

Each `redis.call` costs Redis a few µs beyond the command's own work, and the Lua work per
call adds more, so ADMIT makes as few calls and as little Lua work as it can: one MGET for
every check's spend, token sum and reservation sum; the window and the reservations pruned
only when entries left them; the token sum written once with its TTL (SET EX) instead of
reset, incremented and expired. Replicas sharing one Redis must run the same scripts (the
same rung version): these keep the sums that older ones did not.

An admission answers, besides its windows, the least room any budget has left after it (a
lease is sized from it, `rung.limits.lease`); SETTLE with an empty new member removes the
ticket's window entry without putting one back (a release: a leased slot no request used).
"""

ADMIT = """
local now, n = tonumber(ARGV[1]), tonumber(ARGV[2])
local window, stale = tonumber(ARGV[3]), tonumber(ARGV[4])
local win_member, res_member = ARGV[5], ARGV[6]
local tokens, estimate = tonumber(ARGV[7]), tonumber(ARGV[8])
local ttl = math.ceil(2 * window)
local function amount(m) return tonumber(string.match(m, '|([^|]*)$')) end
local names = {}
for i = 1, n do
  names[3 * i - 2], names[3 * i - 1], names[3 * i] = KEYS[5 * i - 1], KEYS[5 * i - 3], KEYS[5 * i]
end
local got = redis.call('MGET', unpack(names))
local views, used_now, held_now, pruned, room = {}, {}, {}, {}, ''
local function refuse(i, reason, wait, spent, reserved)
  for j, used in pairs(pruned) do
    redis.call('SET', KEYS[5 * j - 3], string.format('%d', used), 'EX', ttl)
  end
  local out = {reason, i - 1, tostring(wait), tostring(spent), tostring(reserved)}
  for _, v in ipairs(views) do table.insert(out, v) end
  return out
end
for i = 1, n do
  local win, res, held = KEYS[5 * i - 4], KEYS[5 * i - 2], KEYS[5 * i]
  local budget, rpm, tpm = ARGV[6 + 3 * i], ARGV[7 + 3 * i], ARGV[8 + 3 * i]
  if budget ~= '' then
    local b = tonumber(budget)
    local spent = tonumber(got[3 * i - 2] or '0')
    local reserved = tonumber(got[3 * i] or '0')
    local old = redis.call('ZRANGEBYSCORE', res, '-inf', now - stale)
    if #old > 0 then
      for _, m in ipairs(old) do reserved = reserved - amount(m) end
      redis.call('ZREMRANGEBYSCORE', res, '-inf', now - stale)
      if redis.call('ZCARD', res) == 0 then reserved = 0 end
      redis.call('SET', held, string.format('%.17g', reserved), 'EX', math.ceil(stale))
    end
    reserved = math.max(0, reserved)
    held_now[i] = reserved
    local slack = 1e-9 * math.max(1, math.abs(b))
    local fits
    if estimate > 0 then fits = spent + reserved + estimate <= b + slack
    else fits = spent + reserved < b - slack end
    if not fits then return refuse(i, 'budget', 0, spent, reserved) end
    local left = b - spent - reserved - estimate
    if room == '' or left < room then room = left end
  end
  if rpm ~= '' or tpm ~= '' then
    local used = tonumber(got[3 * i - 1] or '0')
    local gone = redis.call('ZRANGEBYSCORE', win, '-inf', now - window)
    if #gone > 0 then
      for _, m in ipairs(gone) do used = used - amount(m) end
      redis.call('ZREMRANGEBYSCORE', win, '-inf', now - window)
    end
    local count = redis.call('ZCARD', win)
    if count == 0 then used = 0 end
    if #gone > 0 then pruned[i] = used end
    used_now[i] = used
    local first = {}
    if count > 0 then first = redis.call('ZRANGE', win, 0, 0, 'WITHSCORES') end
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
  local win, used_key, res, held = KEYS[5 * i - 4], KEYS[5 * i - 3], KEYS[5 * i - 2], KEYS[5 * i]
  local budget, rpm, tpm = ARGV[6 + 3 * i], ARGV[7 + 3 * i], ARGV[8 + 3 * i]
  if budget ~= '' and estimate > 0 then
    redis.call('ZADD', res, now, res_member)
    redis.call('EXPIRE', res, math.ceil(stale))
    local sum = string.format('%.17g', held_now[i] + estimate)
    redis.call('SET', held, sum, 'EX', math.ceil(stale))
  end
  if rpm ~= '' or tpm ~= '' then
    redis.call('ZADD', win, now, win_member)
    redis.call('EXPIRE', win, ttl)
    redis.call('SET', used_key, string.format('%d', used_now[i] + tokens), 'EX', ttl)
    local v = 3 * i - 2
    views[v] = views[v] + 1
    views[v + 1] = tostring(tonumber(views[v + 1]) + tokens)
    if views[v + 2] == '' then views[v + 2] = tostring(now) end
  end
end
pruned = {}  -- written above with this request's tokens
return refuse(n + 1, 'ok', 0, room, 0)  -- admitted: the budgets' least room left after it
"""

SETTLE = """
local n, ticket_time, now = tonumber(ARGV[1]), ARGV[2], ARGV[3]
local old_member, new_member, extra_member = ARGV[4], ARGV[5], ARGV[6]
local res_member, cost = ARGV[7], ARGV[8]
local old_tokens, new_tokens = tonumber(ARGV[9]), tonumber(ARGV[10])
local estimate = tonumber(string.match(res_member, '|([^|]*)$'))
for i = 1, n do
  local win, used_key, res = KEYS[5 * i - 4], KEYS[5 * i - 3], KEYS[5 * i - 2]
  local spend, held = KEYS[5 * i - 1], KEYS[5 * i]
  local budget, rated, spend_ttl = ARGV[8 + 3 * i], ARGV[9 + 3 * i], ARGV[10 + 3 * i]
  if budget ~= '' and estimate > 0 and redis.call('ZREM', res, res_member) == 1 then
    if redis.call('ZCARD', res) == 0 then redis.call('DEL', held)
    else redis.call('INCRBYFLOAT', held, -estimate) end
  end
  redis.call('INCRBYFLOAT', spend, cost)
  redis.call('EXPIRE', spend, math.ceil(tonumber(spend_ttl)))
  if rated ~= '' then
    if redis.call('ZREM', win, old_member) == 1 then
      if new_member ~= '' then redis.call('ZADD', win, ticket_time, new_member) end
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
