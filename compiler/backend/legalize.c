/* --target tiny: the instructions outside the tiny set (include/cockpit/isa.h, CK_OP_TINY) become
 * calls to the guest runtime, as a C compiler calls libgcc for what the CPU lacks.
 *
 * Runs on the MIR right after instruction selection, on virtual registers, so the allocator sees
 * ordinary calls. Every 64-bit arithmetic, comparison, extension and select, floating-point and
 * conversion instruction `op rd, a, b...` becomes `rd = __ck_<mnemonic>(a, b...)`: the source
 * operands are the arguments in order (a pair takes two registers), the result comes back in r0
 * (r0, r1 for a pair). The runtime (stdlib/rt/: rt64.cks, rtfloat.c over vm/core/softfp.c) gives
 * each exactly the result of the instruction it stands for. What the ISA added after its first
 * release (superinstructions, narrow forms) is never chosen for this target in the first place
 * (cc_op in be.h); moves, constants, loads and stores of pairs stay instructions. */
#include <stdio.h>
#include <string.h>

#include "be.h"

void tiny_legalize(mfunc *f)
{
    for (int b = 0; b < f->nblocks; b++) {
        mblock *bb = &f->blocks[b];
        for (int k = 0; k < bb->nins; k++) {
            minsn *i = &bb->ins[k];
            if (i->op < CK_OP_ADD64 || i->op > CK_OP_D2F) continue;
            char name[24];
            snprintf(name, sizeof name, "__ck_%s", op_name(i->op));
            int nargs = i->n - i->nd, regs = 0;
            mopnd *o = ar_alloc(&f->A, (size_t)(i->n + 1) * sizeof *o);
            o[0] = i->o[0];
            o[1] = (mopnd){ OK_FUNC, 0, 0, 0, 0, ar_strdup(&f->A, name) };
            for (int a = 0; a < nargs; a++) {
                o[2 + a] = i->o[i->nd + a];
                regs += opnd_sz(f, &o[2 + a]);
            }
            int rets = opnd_sz(f, &o[0]);
            i->op = P_CALL;
            i->nd = 1;
            i->n = 2 + nargs;
            i->o = o;
            i->aux = regs > rets ? regs : rets;
        }
    }
}
