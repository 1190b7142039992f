-- Lua 5.4 port of bench/chacha.c (same algorithm, same output). Argument "small" = -DSMALL.
local SMALL = arg[1] == "small"
local REPS = SMALL and 2 or 4800
local LEN = 2048
local M = 0xFFFFFFFF

local function qr(a, b, c, d)
  a = (a + b) & M; d = d ~ a; d = ((d << 16) | (d >> 16)) & M
  c = (c + d) & M; b = b ~ c; b = ((b << 12) | (b >> 20)) & M
  a = (a + b) & M; d = d ~ a; d = ((d << 8) | (d >> 24)) & M
  c = (c + d) & M; b = b ~ c; b = ((b << 7) | (b >> 25)) & M
  return a, b, c, d
end

local function block(out, inp)
  local x0, x1, x2, x3, x4, x5, x6, x7 = inp[0], inp[1], inp[2], inp[3], inp[4], inp[5], inp[6], inp[7]
  local x8, x9, x10, x11, x12, x13, x14, x15 = inp[8], inp[9], inp[10], inp[11], inp[12], inp[13], inp[14], inp[15]
  for _ = 1, 10 do
    x0, x4, x8, x12 = qr(x0, x4, x8, x12)
    x1, x5, x9, x13 = qr(x1, x5, x9, x13)
    x2, x6, x10, x14 = qr(x2, x6, x10, x14)
    x3, x7, x11, x15 = qr(x3, x7, x11, x15)
    x0, x5, x10, x15 = qr(x0, x5, x10, x15)
    x1, x6, x11, x12 = qr(x1, x6, x11, x12)
    x2, x7, x8, x13 = qr(x2, x7, x8, x13)
    x3, x4, x9, x14 = qr(x3, x4, x9, x14)
  end
  local x = { [0] = x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15 }
  for i = 0, 15 do out[i] = (x[i] + inp[i]) & M end
end

local function load32(p, i) return p[i] | p[i + 1] << 8 | p[i + 2] << 16 | p[i + 3] << 24 end

local function chacha_xor(buf, n, key, nonce, counter)
  local st, ks = { [0] = 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574 }, {}
  for i = 0, 7 do st[4 + i] = load32(key, 4 * i) end
  st[12] = counter
  for i = 0, 2 do st[13 + i] = load32(nonce, 4 * i) end
  local off = 0
  while n > 0 do
    block(ks, st)
    st[12] = (st[12] + 1) & M
    local m = n < 64 and n or 64
    for i = 0, m - 1 do
      buf[off + i] = buf[off + i] ~ ((ks[i // 4] >> (8 * (i % 4))) & 0xFF)
    end
    off = off + m
    n = n - m
  end
end

local st, out = { [0] = 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574 }, {}
for i = 0, 7 do st[4 + i] = (4 * i) | (4 * i + 1) << 8 | (4 * i + 2) << 16 | (4 * i + 3) << 24 end
st[12] = 1; st[13] = 0x09000000; st[14] = 0x4a000000; st[15] = 0
block(out, st)
io.write(string.format("rfc8439 %08x\n", out[0]))

local key, nonce, buf = {}, {}, {}
for i = 0, 31 do key[i] = (i * 7) & 0xFF end
for i = 0, 11 do nonce[i] = i + 100 end
for i = 0, LEN - 1 do buf[i] = i & 0xFF end
local sum = 0
for r = 0, REPS - 1 do
  chacha_xor(buf, LEN, key, nonce, r)
  sum = (sum * 31 + load32(buf, (r % (LEN // 4)) * 4)) & M
end
io.write(string.format("chacha20 %08x\n", sum))
