/* Cortex-M start-up: the vector table, .data/.bss initialisation, then main(). Shared by every
 * Cortex-M board; the linker script of the board gives the symbols. */
#include <stdint.h>
#include <string.h>
#include "board.h"
#include "firmware.h"

extern uint32_t _estack, _sidata, _sdata, _edata, _sbss, _ebss;
int main(void);
void ck_reset_handler(void);

/* A fault in the firmware itself (never in a guest: the VM confines those): say so and stop. */
static void fault_handler(void)
{
    ck_fw_print("\r\ncockpit: the firmware crashed (hard fault)\r\n");
    ck_board_exit(3);
}

static void unused_irq(void)
{
    for (;;) { }
}

/* Boards define the external interrupt handlers they use (the console's receive interrupt). */
void ck_irq0_handler(void) __attribute__((weak, alias("unused_irq")));
void ck_irq1_handler(void) __attribute__((weak, alias("unused_irq")));
void ck_irq2_handler(void) __attribute__((weak, alias("unused_irq")));

__attribute__((section(".vectors"), used))
static const void *const vectors[16 + 3] = {
    &_estack, ck_reset_handler, fault_handler, fault_handler, fault_handler, fault_handler,
    fault_handler, 0, 0, 0, 0, fault_handler, fault_handler, 0, fault_handler, fault_handler,
    ck_irq0_handler, ck_irq1_handler, ck_irq2_handler,
};

void ck_reset_handler(void)
{
    memcpy(&_sdata, &_sidata, (size_t)((uint8_t *)&_edata - (uint8_t *)&_sdata));
    memset(&_sbss, 0, (size_t)((uint8_t *)&_ebss - (uint8_t *)&_sbss));
#if defined(__ARM_FP)
    /* enable CP10/CP11 (the FPU) */
    *(volatile uint32_t *)0xE000ED88u |= 0xFu << 20;
    __asm__ volatile("dsb\n isb");
#endif
    main();
    for (;;) { }
}
