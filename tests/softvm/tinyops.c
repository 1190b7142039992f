/* Lists the instruction set for tests/softvm/run-tiny.sh: one line per opcode, "MNEMONIC HEX T",
 * T being 1 for the opcodes of the tiny set (CK_OP_TINY, include/cockpit/isa.h) and 0 for the
 * others, HEX the opcode number as the loader's messages print it. */
#include <stdio.h>

#include "cockpit/isa.h"

int main(void)
{
#define X(e, m, f) printf("%s %x %d\n", m, (unsigned)CK_OP_##e, CK_OP_TINY(CK_OP_##e) ? 1 : 0);
    CK_OPS(X)
#undef X
    return 0;
}
