/* ChaCha20 (RFC 8439): the block function's quarter rounds, encrypting a buffer in place, and
 * the RFC's test vector as a check. */
#include "bench.h"

#ifndef REPS
#ifdef SMALL
#define REPS 2
#else
#define REPS 4800
#endif
#endif
#define LEN 2048

#define ROTL(x, n) ((x) << (n) | (x) >> (32 - (n)))
#define QR(a, b, c, d) \
    (a += b, d ^= a, d = ROTL(d, 16), c += d, b ^= c, b = ROTL(b, 12), \
     a += b, d ^= a, d = ROTL(d, 8), c += d, b ^= c, b = ROTL(b, 7))

static void chacha_block(u32 out[16], const u32 in[16])
{
    u32 x[16];
    for (int i = 0; i < 16; i++) x[i] = in[i];
    for (int i = 0; i < 10; i++) {
        QR(x[0], x[4], x[8], x[12]);
        QR(x[1], x[5], x[9], x[13]);
        QR(x[2], x[6], x[10], x[14]);
        QR(x[3], x[7], x[11], x[15]);
        QR(x[0], x[5], x[10], x[15]);
        QR(x[1], x[6], x[11], x[12]);
        QR(x[2], x[7], x[8], x[13]);
        QR(x[3], x[4], x[9], x[14]);
    }
    for (int i = 0; i < 16; i++) out[i] = x[i] + in[i];
}

static u32 load32(const u8 *p) { return p[0] | (u32)p[1] << 8 | (u32)p[2] << 16 | (u32)p[3] << 24; }

static void chacha_xor(u8 *buf, u32 n, const u8 key[32], const u8 nonce[12], u32 counter)
{
    u32 st[16], ks[16];
    st[0] = 0x61707865; st[1] = 0x3320646e; st[2] = 0x79622d32; st[3] = 0x6b206574;
    for (int i = 0; i < 8; i++) st[4 + i] = load32(key + 4 * i);
    st[12] = counter;
    for (int i = 0; i < 3; i++) st[13 + i] = load32(nonce + 4 * i);
    while (n) {
        chacha_block(ks, st);
        st[12]++;
        u32 m = n < 64 ? n : 64;
        for (u32 i = 0; i < m; i++) buf[i] ^= (u8)(ks[i / 4] >> (8 * (i % 4)));
        buf += m;
        n -= m;
    }
}

static u8 key[32], nonce[12], buf[LEN];

int main(void)
{
    /* RFC 8439 2.3.2: key 00..1f, nonce 00 00 00 09 00 00 00 4a 00 00 00 00, counter 1 */
    u32 st[16] = { 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574 }, out[16];
    for (int i = 0; i < 8; i++)
        st[4 + i] = (u32)(4 * i) | (u32)(4 * i + 1) << 8 | (u32)(4 * i + 2) << 16 | (u32)(4 * i + 3) << 24;
    st[12] = 1; st[13] = 0x09000000; st[14] = 0x4a000000; st[15] = 0;
    chacha_block(out, st);
    bench_result("rfc8439", out[0]);   /* e4e7f110 */

    for (int i = 0; i < 32; i++) key[i] = (u8)(i * 7 * bench_one);
    for (int i = 0; i < 12; i++) nonce[i] = (u8)(i + 100);
    for (int i = 0; i < LEN; i++) buf[i] = (u8)i;
    u32 sum = 0;
    for (u32 r = 0; r < REPS; r++) {
        chacha_xor(buf, LEN, key, nonce, r);
        sum = sum * 31u + load32(buf + (r % (LEN / 4)) * 4);
    }
    bench_result("chacha20", sum);
    return 0;
}
