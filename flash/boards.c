/* The boards Cockpit knows: how to emulate each, and where its firmware keeps the image slots
 * (two slots of slot_size from slot_addr, then the metadata word; see firmware/boards/). */
#include <string.h>
#include "ckflash.h"

static const ck_board_desc boards[] = {
    {"mps2-an386", "cortex-m4", "qemu-system-arm", "mps2-an386",
     "Arm MPS2 AN386, Cortex-M4F, 4 MiB SSRAM (default)", 0x00100000u, 0x00040000u},
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
