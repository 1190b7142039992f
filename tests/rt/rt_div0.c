/* rt_div0: a 64-bit division by zero must fault with the VM's division-by-zero fault, in the
 * runtime function (stdlib/rt/rt64.cks) as in the full VM's instruction. Built once per case by
 * tests/rt/run-rt.test with -DFN=divu64 (divs64, remu64, rems64) to call __ck_FN, or with -DREF
 * for the instruction itself; -DBIG gives a dividend above 2^32 (the runtime's bit loop) instead of
 * a small one (its 32-bit path). Prints "before" and then must not reach its end.
 */
#include <stdint.h>
#include <stdio.h>

#define STR_(x) #x
#define STR(x) STR_(x)

#ifdef BIG
static volatile uint64_t num = 0x123456789abcdefull;
#else
static volatile uint64_t num = 5;
#endif
static volatile uint64_t den = 0;

#ifndef REF
uint64_t rt_fn(uint64_t, uint64_t) __asm__("__ck_" STR(FN));
#endif

int main(void)
{
    uint64_t q;
    puts("before");
#ifdef REF
    q = num / den;
#else
    q = rt_fn(num, den);
#endif
    printf("not reached: %llx\n", (unsigned long long)q);
    return 0;
}
