-- Lua 5.4 port of bench/matmul.c (same algorithm, same output). Argument "small" = -DSMALL.
local SMALL = arg[1] == "small"
local REPS = SMALL and 2 or 400
local D = 32
local M = 0xFFFFFFFF

local bench = dofile(arg[0]:match("^(.-)[^/]*$") .. "bench.lua")
local rand = bench.xorshift32(0xABCDEF)

local A, B, C, W, x, y = {}, {}, {}, {}, {}, {}
for i = 0, D - 1 do
  A[i], B[i], C[i] = {}, {}, {}
  for j = 0, D - 1 do
    A[i][j] = rand() % 201 - 100
    B[i][j] = rand() % 201 - 100
  end
end
for i = 0, 63 do
  W[i] = {}
  for j = 0, 63 do W[i][j] = (rand() & 0xFFFF) - 32768 end
end

local function matmul(c, a, b)
  for i = 0, D - 1 do
    local ai, ci = a[i], c[i]
    for j = 0, D - 1 do
      local s = 0
      for k = 0, D - 1 do s = s + ai[k] * b[k][j] end
      s = s & M
      if s >= 0x80000000 then s = s - 0x100000000 end
      ci[j] = s
    end
  end
end

local function matvec_q15(out, w, inp)
  for i = 0, 63 do
    local acc, wi = 0, w[i]
    for k = 0, 63 do acc = acc + (wi[k] * inp[k]) // 64 end
    acc = acc // 512
    if acc > 32767 then acc = 32767 end
    if acc < -32768 then acc = -32768 end
    out[i] = acc < 0 and 0 or acc
  end
end

local sum = 0
for r = 0, REPS - 1 do
  matmul(C, A, B)
  for i = 0, D - 1 do
    for j = 0, D - 1 do
      sum = (sum * 7 + (C[i][j] & M)) & M
      A[i][j] = math.fmod(C[i][j] // 256, 101)
    end
  end
  for i = 0, 63 do x[i] = (i * 517 + r * 131) & 0x3FFF end
  for _ = 1, 8 do
    matvec_q15(y, W, x)
    for i = 0, 63 do x[i] = ((y[i] + i + 32768) & 0xFFFF) - 32768 end
  end
  for i = 0, 63 do sum = (sum * 7 + (x[i] & 0xFFFF)) & M end
end
io.write(string.format("matmul %08x\n", sum))
