/* A global array of initialised structs (a lookup table) searched, updated and summed. */
#include "cktest.h"

struct opcode { const char *name; unsigned char code; signed char delta; unsigned short cycles; int flags; };

struct opcode table[] = {
    { "nop", 0x00, 0, 1, 0 },
    { "add", 0x10, -1, 2, 1 },
    { "sub", 0x11, -1, 2, 1 },
    { "mul", 0x12, -1, 5, 3 },
    { "push", 0x20, 1, 3, 0 },
    { "pop", 0x21, -1, 3, 0 },
    { "jmp", 0x30, 0, 4, 8 },
    { "halt", 0xff, 0, 1, 16 },
};
#define NOPS (int)(sizeof table / sizeof table[0])

static int lookup(const char *name)
{
    for (int i = 0; i < NOPS; i++) {
        const char *a = table[i].name, *b = name;
        while (*a && *a == *b) { a++; b++; }
        if (*a == *b) return i;
    }
    return -1;
}

int main(void)
{
    static const char *const prog[] = { "push", "push", "add", "push", "mul", "nop", "pop", "bogus", "jmp", "halt" };
    int depth = 0, cycles = 0, unknown = 0;
    for (int i = 0; i < 10; i++) {
        int k = lookup(prog[ck_opaque_i32(i)]);
        if (k < 0) { unknown++; continue; }
        depth += table[k].delta;
        cycles += table[k].cycles;
        ck_print_x32(table[k].code); ck_sp();
    }
    ck_nl();
    ck_show_i32("depth", depth);
    ck_show_i32("cycles", cycles);
    ck_show_i32("unknown", unknown);
    table[3].cycles = 9;
    table[lookup("add")].flags |= 0x100;
    int f = 0;
    for (int i = 0; i < NOPS; i++) f += table[i].flags * table[i].cycles;
    ck_show_i32("f", f);
    return cycles;
}
