/* CRC-32 (IEEE, table-driven, table built at start) and CRC-16/CCITT (bitwise, as small MCUs do it
 * without a table) over a 4 KiB message that changes a little every round. */
#include "bench.h"

#ifndef REPS
#ifdef SMALL
#define REPS 4
#else
#define REPS 2000
#endif
#endif
#define LEN 4096

static u32 table[256];
static u8 msg[LEN];

static void crc32_init(void)
{
    for (u32 i = 0; i < 256; i++) {
        u32 c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

static u32 crc32(const u8 *p, u32 n)
{
    u32 c = 0xFFFFFFFFu;
    while (n--) c = table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static u16 crc16_ccitt(const u8 *p, u32 n)
{
    u16 c = 0xFFFF;
    while (n--) {
        c ^= (u16)(*p++ << 8);
        for (int k = 0; k < 8; k++) c = (c & 0x8000) ? (u16)((c << 1) ^ 0x1021) : (u16)(c << 1);
    }
    return c;
}

int main(void)
{
    u32 seed = 0x12345678u * bench_one;
    crc32_init();
    for (u32 i = 0; i < LEN; i++) msg[i] = (u8)bench_rand(&seed);
    u32 s32 = 0, s16 = 0;
    for (u32 r = 0; r < REPS; r++) {
        msg[r % LEN] ^= (u8)r;
        s32 = (s32 << 1 | s32 >> 31) ^ crc32(msg, LEN);
        if (r % 4 == 0) s16 = (s16 << 3 | s16 >> 29) ^ crc16_ccitt(msg, LEN);
    }
    bench_result("crc32", s32);
    bench_result("crc16", s16);
    bench_result("check", crc32((const u8 *)"123456789", 9));
    return 0;
}
