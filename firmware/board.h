/* The board HAL: the few things the Cockpit firmware needs from a board. One implementation per
 * board family in firmware/boards/; everything above it (loader, VM, natives) is portable. */
#ifndef COCKPIT_BOARD_H
#define COCKPIT_BOARD_H

#include <stddef.h>
#include <stdint.h>

typedef struct ck_board_info {
    const char *name;          /* "mps2-an386" */
    const char *cpu;           /* "cortex-m4" */
    uint32_t slot_size;        /* bytes one image slot holds */
    uint32_t guest_mem;        /* bytes of guest memory the VM gets */
} ck_board_info;

extern const ck_board_info ck_board;

void ck_board_init(void);
/* Console UART: blocking write of one byte; non-blocking read (-1 when nothing waits). */
void ck_board_putc(int c);
int ck_board_getc(void);
/* While on, every received byte goes to ck_fw_rx_byte() from the UART interrupt. */
void ck_board_rx_interrupt(int on);
void ck_fw_rx_byte(int c);
/* A free-running tick counter and its frequency. */
uint32_t ck_board_ticks(void);
uint32_t ck_board_tick_hz(void);
/* Image slots: memory-mapped for reading (code runs in place). Writes come in order, each where
 * the last one ended (a new image from offset 0), so a flash board erases a page as a write
 * reaches its first byte. */
const uint8_t *ck_board_slot(int slot);
int ck_board_slot_write(int slot, uint32_t offset, const void *p, uint32_t n);
/* The persistent record of which slot holds the current image. */
uint32_t ck_board_meta_read(void);
void ck_board_meta_write(uint32_t v);
/* Memory the VM carves up (guest memory, registers, frames). */
void *ck_board_arena(uint32_t *size);
void ck_board_reset(void) __attribute__((noreturn));
/* Under an emulator: stop it with a status (semihosting); on hardware: reset. */
void ck_board_exit(int status) __attribute__((noreturn));

#endif
