-- Lua 5.4 port of bench/bst.c (same algorithm, same output). Argument "small" = -DSMALL.
local SMALL = arg[1] == "small"
local REPS = SMALL and 2 or 400
local NODES = 1024
local M = 0xFFFFFFFF

local bench = dofile(arg[0]:match("^(.-)[^/]*$") .. "bench.lua")
local rand = bench.xorshift32(0xB57)

local pool, used = {}, 0
for i = 0, NODES - 1 do pool[i] = { key = 0, value = 0, left = false, right = false } end

local root
local function new_node(key, value)
  local n = pool[used]
  used = used + 1
  n.key = key; n.value = value; n.left = false; n.right = false
  return n
end

local function insert(key, value)
  local t = root
  if not t then root = new_node(key, value); return root end
  while true do
    if key == t.key then t.value = t.value + value; return t end
    if key < t.key then
      if not t.left then t.left = new_node(key, value); return t.left end
      t = t.left
    else
      if not t.right then t.right = new_node(key, value); return t.right end
      t = t.right
    end
  end
end

local function find(t, key)
  while t and t.key ~= key do
    if key < t.key then t = t.left else t = t.right end
  end
  return t
end

local function walk(t, acc)
  while t do
    acc = walk(t.left, acc)
    acc = (acc * 17 + t.value) & M
    t = t.right
  end
  return acc
end

local timers = {}
for i = 0, 255 do timers[i] = { due = 0, id = 0, next = false } end

local function timer_add(head, t)
  if not head or head.due > t.due then t.next = head; return t end
  local p = head
  while p.next and p.next.due <= t.due do p = p.next end
  t.next = p.next
  p.next = t
  return head
end

local sum = 0
for _ = 1, REPS do
  root = false
  used = 0
  for i = 0, NODES - 1 do insert(rand() % 4096, i) end
  local hits = 0
  for _ = 1, 4096 do
    local n = find(root, rand() % 4096)
    if n then hits = hits + n.value end
  end
  sum = (sum * 31 + hits + used) & M
  sum = (sum * 31 + walk(root, 0)) & M
  local head = false
  for i = 0, 255 do
    timers[i].due = rand() % 10000
    timers[i].id = i
    head = timer_add(head, timers[i])
  end
  local t = head
  while t do sum = (sum * 3 + t.id) & M; t = t.next end
end
io.write(string.format("bst %08x\n", sum))
