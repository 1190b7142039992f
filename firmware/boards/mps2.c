/* Arm MPS2 FPGA boards (AN385 Cortex-M3, AN386 Cortex-M4, AN500 Cortex-M7), as QEMU models them:
 * CMSDK APB UART0 for the console, CMSDK timer 0 as a 25 MHz down-counter, and image slots in
 * ZBT SSRAM1 above the firmware (the board has no flash; SSRAM keeps its contents across a
 * system reset, which is what a flash slot must do). */
#include <string.h>
#include "board.h"

#define REG(a)        (*(volatile uint32_t *)(a))
#define UART0         0x40004000u
#define UART_DATA     (UART0 + 0x00u)
#define UART_STATE    (UART0 + 0x04u)    /* bit 0 TX full, bit 1 RX full */
#define UART_CTRL     (UART0 + 0x08u)    /* bit 0 TX enable, bit 1 RX enable */
#define UART_INTSTAT  (UART0 + 0x0Cu)    /* write 1 to clear: bit 0 TX, bit 1 RX */
#define UART_BAUDDIV  (UART0 + 0x10u)
#define UART0_RX_IRQ  0u                  /* QEMU mps2: UART0 RX is external interrupt 0 */
#define NVIC_ISER0    0xE000E100u
#define NVIC_ICER0    0xE000E180u
#define TIMER0        0x40000000u
#define TIMER_CTRL    (TIMER0 + 0x0u)
#define TIMER_VALUE   (TIMER0 + 0x4u)
#define TIMER_RELOAD  (TIMER0 + 0x8u)

#define SLOT_BASE     0x00100000u        /* two 256 KiB slots, then the metadata word */
#define SLOT_SIZE     0x00040000u
#define META_ADDR     (SLOT_BASE + 2u * SLOT_SIZE)

#ifndef CK_BOARD_NAME
#error "CK_BOARD_NAME must name the board (set by the firmware build)"
#endif
#ifndef CK_BOARD_CPU
#error "CK_BOARD_CPU must name the CPU"
#endif
/* The host VM's defaults, so a program behaves the same here: 1 MiB of guest memory and 512 KiB
 * of stacks, plus room for an image's function and native tables (less than the image). */
#define GUEST_MEM     (1024u * 1024u)
#define ARENA_SIZE    (GUEST_MEM + SLOT_SIZE + 512u * 1024u)

const ck_board_info ck_board = { CK_BOARD_NAME, CK_BOARD_CPU, SLOT_SIZE, GUEST_MEM };

/* not zeroed at start-up: the VM initialises what it uses */
static uint8_t arena[ARENA_SIZE] __attribute__((aligned(8), section(".noinit")));

void ck_board_init(void)
{
    REG(UART_BAUDDIV) = 16;
    REG(UART_CTRL) = 3;
    (void)REG(UART_DATA);       /* QEMU: a read of DATA tells the backend to deliver input again */
    REG(TIMER_RELOAD) = 0xFFFFFFFFu;
    REG(TIMER_CTRL) = 1;
}

/* Waits after the write, until the byte has left (TX buffer full clears when the UART, or QEMU's
 * model of it, has handed it on): so the last byte before ck_board_exit is not lost. */
void ck_board_putc(int c)
{
    REG(UART_DATA) = (uint32_t)(uint8_t)c;
    while (REG(UART_STATE) & 1u) { }
}

int ck_board_getc(void)
{
    if (!(REG(UART_STATE) & 2u)) return -1;
    return (int)(REG(UART_DATA) & 0xFFu);
}

void ck_board_rx_interrupt(int on)
{
    if (on) {
        REG(UART_CTRL) = 3u | 8u;                 /* TX, RX, RX interrupt */
        REG(NVIC_ISER0) = 1u << UART0_RX_IRQ;
    } else {
        REG(NVIC_ICER0) = 1u << UART0_RX_IRQ;
        REG(UART_CTRL) = 3u;
    }
}

void ck_irq0_handler(void)
{
    REG(UART_INTSTAT) = 2u;
    int c;
    while ((c = ck_board_getc()) >= 0) ck_fw_rx_byte(c);
}

uint32_t ck_board_ticks(void) { return 0xFFFFFFFFu - REG(TIMER_VALUE); }
uint32_t ck_board_tick_hz(void) { return 25000000u; }

const uint8_t *ck_board_slot(int slot)
{
    return (const uint8_t *)(uintptr_t)(SLOT_BASE + (uint32_t)slot * SLOT_SIZE);
}

int ck_board_slot_write(int slot, uint32_t offset, const void *p, uint32_t n)
{
    if (slot < 0 || slot > 1 || offset > SLOT_SIZE || n > SLOT_SIZE - offset) return -1;
    memcpy((uint8_t *)(uintptr_t)(SLOT_BASE + (uint32_t)slot * SLOT_SIZE + offset), p, n);
    return 0;
}

uint32_t ck_board_meta_read(void) { return REG(META_ADDR); }
void ck_board_meta_write(uint32_t v) { REG(META_ADDR) = v; }

void *ck_board_arena(uint32_t *size)
{
    *size = ARENA_SIZE;
    return arena;
}
