/* RISC-V (RV32, machine mode) start-up: stack and global pointer, .data/.bss initialisation, the
 * trap vector, then main(). Shared by every RISC-V board; the board's linker script gives the
 * symbols and the board handles external interrupts (ck_riscv_external_irq). */
#include <stdint.h>
#include <string.h>
#include "board.h"
#include "firmware.h"

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss;
int main(void);
void ck_riscv_external_irq(void);
void ck_start(void);

__attribute__((naked, section(".text.start"))) void ck_reset_handler(void)
{
    __asm__ volatile(
        ".option push\n\t.option norelax\n\t"
        "la gp, __global_pointer$\n\t"
        ".option pop\n\t"
        "la sp, _estack\n\t"
        "call ck_start\n"
        "1: j 1b\n");
}

/* Every trap: the board's external interrupt (the console's receive interrupt), or a fault in
 * the firmware itself (never in a guest: the VM confines those). */
__attribute__((interrupt("machine"), aligned(4))) static void trap(void)
{
    uint32_t cause;
    __asm__ volatile("csrr %0, mcause" : "=r"(cause));
    if (cause == 0x8000000Bu) {                 /* machine external interrupt */
        ck_riscv_external_irq();
        return;
    }
    ck_fw_print("\r\ncockpit: the firmware crashed (trap ");
    ck_fw_print_hex(cause);
    ck_fw_print(")\r\n");
    ck_board_exit(3);
}

__attribute__((used)) void ck_start(void)     /* called from ck_reset_handler's asm */
{
    memcpy(&_sdata, &_sidata, (size_t)((uint8_t *)&_edata - (uint8_t *)&_sdata));
    memset(&_sbss, 0, (size_t)((uint8_t *)&_ebss - (uint8_t *)&_sbss));
    __asm__ volatile("csrw mtvec, %0" : : "r"((uintptr_t)trap));
    main();
}
