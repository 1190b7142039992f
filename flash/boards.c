/* The boards Cockpit knows: how to emulate each, and where its firmware keeps the image slots
 * (two slots of slot_size from slot_addr, and the metadata word; see firmware/boards/). */
#include <string.h>
#include "ckflash.h"

static const ck_board_desc boards[] = {
    {"mps2-an386", "cortex-m4", "qemu-system-arm", "mps2-an386",
     "Arm MPS2 AN386, Cortex-M4F, 4 MiB SSRAM (default)", 1024u * 1024u,
     0x00100000u, 0x00040000u, 0x00180000u, CK_RESET_AIRCR, 0},
    {"mps2-an385", "cortex-m3", "qemu-system-arm", "mps2-an385",
     "Arm MPS2 AN385, Cortex-M3 (no FPU), 4 MiB SSRAM", 1024u * 1024u,
     0x00100000u, 0x00040000u, 0x00180000u, CK_RESET_AIRCR, 0},
    /* the same machine with the tiny VM (a 6 KB core: the tiny instruction set, include/cockpit/isa.h) */
    {"mps2-an385-tiny", "cortex-m3", "qemu-system-arm", "mps2-an385",
     "Arm MPS2 AN385, Cortex-M3, the tiny VM (64-bit and float in guest code)", 1024u * 1024u,
     0x00100000u, 0x00040000u, 0x00180000u, CK_RESET_AIRCR, 1},
    {"mps2-an500", "cortex-m7", "qemu-system-arm", "mps2-an500",
     "Arm MPS2 AN500, Cortex-M7 (double-precision FPU), 4 MiB SSRAM", 1024u * 1024u,
     0x00100000u, 0x00040000u, 0x00180000u, CK_RESET_AIRCR, 0},
    /* the metadata is a log in a flash page (firmware/boards/microbit.c): not for the GDB backend */
    {"microbit", "cortex-m0", "qemu-system-arm", "microbit",
     "BBC micro:bit, nRF51822 Cortex-M0, 16 KiB RAM, 256 KiB flash", 8u * 1024u,
     0x0000A000u, 0x0001A800u, 0, CK_RESET_AIRCR, 0},
    {"riscv32-virt", "rv32imac", "qemu-system-riscv32", "virt",
     "QEMU RISC-V virt, RV32IMAC", 1024u * 1024u,
     0x80100000u, 0x00040000u, 0x80180000u, CK_RESET_MONITOR, 0},
};

const ck_board_desc *ck_boards(size_t *n)
{
    *n = sizeof boards / sizeof boards[0];
    return boards;
}

const ck_board_desc *ck_board_find(const char *name)
{
    for (size_t i = 0; i < sizeof boards / sizeof boards[0]; i++)
        if (!strcmp(boards[i].name, name)) return &boards[i];
    return NULL;
}
