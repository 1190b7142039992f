/* Cortex-M start-up: the vector table, .data/.bss initialisation, then main(). Shared by every
 * Cortex-M board; the linker script of the board gives the symbols. */
#include <stdint.h>
#include <string.h>

extern uint32_t _estack, _sidata, _sdata, _edata, _sbss, _ebss;
int main(void);
void ck_reset_handler(void);

static void fault_handler(void)
{
    for (;;) { }
}

/* Boards define the external interrupt handlers they use; the rest spin. */
void ck_irq0_handler(void) __attribute__((weak, alias("fault_handler")));

__attribute__((section(".vectors"), used))
static const void *const vectors[16 + 1] = {
    &_estack, ck_reset_handler, fault_handler, fault_handler, fault_handler, fault_handler,
    fault_handler, 0, 0, 0, 0, fault_handler, fault_handler, 0, fault_handler, fault_handler,
    ck_irq0_handler,
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
