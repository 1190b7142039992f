/* A protocol parser as a state machine: HDLC-like frames (flag 0x7E, 0x7D escapes, address,
 * command, length, payload, CRC-8) decoded byte by byte with a switch, and ASCII NMEA-style
 * sentences ("$GPXXX,f1,f2,...*hh") checked and split into numeric fields. */
#include "bench.h"

#ifndef REPS
#ifdef SMALL
#define REPS 2
#else
#define REPS 150
#endif
#endif

#define FLAG 0x7E
#define ESC 0x7D

static u8 stream[8192];
static u32 slen;

static u8 crc8(u8 c, u8 b)
{
    c ^= b;
    for (int k = 0; k < 8; k++) c = (c & 0x80) ? (u8)((c << 1) ^ 0x07) : (u8)(c << 1);
    return c;
}

static void put_escaped(u8 b)
{
    if (b == FLAG || b == ESC) { stream[slen++] = ESC; stream[slen++] = b ^ 0x20; }
    else stream[slen++] = b;
}

static void make_stream(u32 *seed)
{
    slen = 0;
    while (slen < sizeof stream - 80) {
        u32 x = bench_rand(seed);
        u8 len = (u8)(x % 40), crc = 0;
        stream[slen++] = FLAG;
        u8 hdr[3] = { (u8)(x >> 8), (u8)(x >> 16), len };
        for (int i = 0; i < 3; i++) { put_escaped(hdr[i]); crc = crc8(crc, hdr[i]); }
        for (u8 i = 0; i < len; i++) {
            u8 b = (u8)bench_rand(seed);
            put_escaped(b);
            crc = crc8(crc, b);
        }
        if ((x >> 24) == 0x55) crc ^= 1;     /* now and then a corrupt frame */
        put_escaped(crc);
    }
    stream[slen++] = FLAG;
}

enum state { HUNT, ADDR, CMD, LEN, DATA, CRC };

typedef struct parser {
    enum state st;
    int esc;
    u8 addr, cmd, len, n, crc;
    u8 payload[64];
    u32 good, bad, sum;
} parser;

static void frame_done(parser *p)
{
    u32 s = (u32)p->addr << 8 | p->cmd;
    for (u8 i = 0; i < p->len; i++) s = s * 31u + p->payload[i];
    p->sum ^= s;
    p->good++;
}

static void feed(parser *p, u8 b)
{
    if (b == FLAG) {
        if (p->st != HUNT && p->st != ADDR) p->bad++;
        p->st = ADDR;
        p->esc = 0;
        p->crc = 0;
        return;
    }
    if (p->st == HUNT) return;
    if (b == ESC) { p->esc = 1; return; }
    if (p->esc) { b ^= 0x20; p->esc = 0; }
    switch (p->st) {
    case ADDR: p->addr = b; p->crc = crc8(p->crc, b); p->st = CMD; break;
    case CMD: p->cmd = b; p->crc = crc8(p->crc, b); p->st = LEN; break;
    case LEN:
        if (b > sizeof p->payload) { p->bad++; p->st = HUNT; break; }
        p->len = b; p->n = 0; p->crc = crc8(p->crc, b);
        p->st = b ? DATA : CRC;
        break;
    case DATA:
        p->payload[p->n++] = b;
        p->crc = crc8(p->crc, b);
        if (p->n == p->len) p->st = CRC;
        break;
    case CRC:
        if (b == p->crc) frame_done(p); else p->bad++;
        p->st = HUNT;
        break;
    default: break;
    }
}

/* NMEA-style sentences */
static const char *const sentences[] = {
    "$GPGGA,123519,4807038,N,1131000,E,1,08,9,545,M,469,M,,*7A",
    "$GPRMC,225446,A,4916450,N,12311120,W,000,5,054,191194,020,E*68",
    "$PCKPT,17,42,100,2000,30000,1,0,65535*1F",
    "$GPVTG,054,T,034,M,005,N,010,K*48",
};

static u8 hexval(u8 c)
{
    if (c >= '0' && c <= '9') return (u8)(c - '0');
    if (c >= 'A' && c <= 'F') return (u8)(c - 'A' + 10);
    return 0xFF;
}

static u32 nmea(const char *s, u32 *fields)
{
    if (*s++ != '$') return 0;
    u8 x = 0;
    u32 nf = 0, v = 0;
    int num = 0;
    for (; *s && *s != '*'; s++) {
        u8 c = (u8)*s;
        x ^= c;
        if (c == ',') {
            *fields += num ? v : 0;
            nf++;
            v = 0; num = 0;
        } else if (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            num = 1;
        } else {
            *fields += c;
        }
    }
    if (*s != '*') return 0;
    u8 h = (u8)(hexval((u8)s[1]) << 4 | hexval((u8)s[2]));
    return nf * 2 + (h == x);
}

int main(void)
{
    u32 seed = 0xFACEu * bench_one;
    parser p = { HUNT, 0, 0, 0, 0, 0, 0, {0}, 0, 0, 0 };
    u32 fsum = 0, nsum = 0;
    for (u32 r = 0; r < REPS; r++) {
        make_stream(&seed);
        for (u32 i = 0; i < slen; i++) feed(&p, stream[i]);
        for (int k = 0; k < 40; k++) nsum += nmea(sentences[(r + (u32)k) & 3], &fsum);
    }
    bench_result("frames", p.good);
    bench_result("bad", p.bad);
    bench_result("payload", p.sum);
    bench_result("nmea", nsum * 65599u + fsum);
    return 0;
}
