/* Reset and exit on every Cortex-M board: a system reset through AIRCR, and Arm semihosting for
 * reporting an exit status to the emulator. */
#include <stdint.h>
#include "board.h"

void ck_board_reset(void)
{
    *(volatile uint32_t *)0xE000ED0Cu = 0x05FA0004u;     /* AIRCR: VECTKEY | SYSRESETREQ */
    for (;;) { }
}

static int semihost(int op, const void *arg)
{
    register int r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

void ck_board_exit(int status)
{
    /* SYS_EXIT_EXTENDED (0x20) with ADP_Stopped_ApplicationExit carries the status */
    const uint32_t args[2] = { 0x20026u, (uint32_t)status };
    semihost(0x20, args);
    for (;;) { }
}
