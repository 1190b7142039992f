/* Unions of structs and arrays inside arrays of structs: a packet decoder over a byte buffer. */
#include "cktest.h"

struct hdr { unsigned char type, len; unsigned short seq; };
union payload { unsigned char raw[12]; unsigned short words[6]; unsigned dwords[3]; struct { int x, y; short z; } pos; };
struct packet { struct hdr h; union payload p; };

static unsigned decode(const struct packet *pk)
{
    switch (pk->h.type) {
    case 1: return pk->p.dwords[0] ^ pk->p.dwords[2];
    case 2: return (unsigned)(pk->p.pos.x * 3 + pk->p.pos.y - pk->p.pos.z);
    case 3: { unsigned s = 0; for (int i = 0; i < pk->h.len && i < 6; i++) s += pk->p.words[i]; return s; }
    default: { unsigned s = 0; for (int i = 0; i < 12; i++) s = s * 3u + pk->p.raw[i]; return s; }
    }
}

int main(void)
{
    struct packet pk[8];
    for (int i = 0; i < 8; i++) {
        pk[i].h.type = (unsigned char)ck_opaque_i32(i % 4 + 1);
        pk[i].h.len = (unsigned char)(i + 1);
        pk[i].h.seq = (unsigned short)(i * 1000);
        for (int k = 0; k < 12; k++) pk[i].p.raw[k] = (unsigned char)(i * 12 + k * 5);
        if (pk[i].h.type == 2) { pk[i].p.pos.x = -i * 1000; pk[i].p.pos.y = i; pk[i].p.pos.z = (short)(i * -7); }
    }
    unsigned t = 0;
    for (int i = 0; i < 8; i++) { unsigned d = decode(&pk[i]); ck_print_u32(pk[i].h.seq); ck_putchar(':'); ck_print_x32(d); ck_nl(); t += d; }
    struct packet copy = pk[ck_opaque_i32(5)];
    copy.p.words[1] = 0xffff;
    ck_show_x32("copy", decode(&copy));
    ck_show_x32("orig", decode(&pk[5]));
    return (int)(t & 0xff);
}
