/* Firmware entry: run the current image, or serve the loader. A running guest is interrupted by
 * the host starting a flash frame (the UART receive interrupt resets into the loader), so the
 * loader is always reachable, whatever the guest does, at no cost to the interpreter. */
#include <string.h>
#include "board.h"
#include "ckvm.h"
#include "firmware.h"
#include "cockpit/flashproto.h"

extern const ck_native ck_fw_natives[];
extern const uint32_t ck_fw_nnatives;
void ck_fw_print(const char *s);
void ck_fw_print_u32(uint32_t v);
void ck_fw_print_hex(uint32_t v);

#define LOADER_REQUEST 0x4C4F4144u   /* "LOAD": survives the reset in .noinit */

static uint32_t boot_request __attribute__((section(".noinit")));
static ck_vm vm;

uint32_t ck_fw_crc32(uint32_t crc, const uint8_t *p, uint32_t n)
{
    crc = ~crc;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

static uint32_t image_size(const uint8_t *img)
{
    return img[8] | img[9] << 8 | (uint32_t)img[10] << 16 | (uint32_t)img[11] << 24;
}

static int load(const uint8_t *img, uint32_t n, char *err, uint32_t errlen)
{
    uint32_t arena_size;
    void *arena = ck_board_arena(&arena_size);
    if (n > ck_board.slot_size) {
        strcpy(err, "image larger than the slot");
        return -1;
    }
    return ck_vm_load(&vm, img, n, ck_fw_natives, ck_fw_nnatives, arena, arena_size, ck_board.guest_mem, err, errlen);
}

int ck_fw_verify(const uint8_t *img, uint32_t n, char *err, uint32_t errlen)
{
    return load(img, n, err, errlen);
}

/* Called from the UART receive interrupt with each byte while a guest runs. */
void ck_fw_rx_byte(int c)
{
    static int prev = -1;
    if (prev == CK_FP_SYNC0 && c == CK_FP_SYNC1) {
        boot_request = LOADER_REQUEST;
        ck_board_reset();
    }
    prev = c;
}

/* Runs the image in slot; returns its exit status, or 134 after a fault (reported on the console). */
static int run(int slot)
{
    static char err[160];
    const uint8_t *img = ck_board_slot(slot);
    if (load(img, image_size(img), err, sizeof err)) {
        ck_fw_print("cockpit: image rejected: ");
        ck_fw_print(err);
        ck_fw_print("\r\n");
        return 1;
    }
    ck_board_rx_interrupt(1);
    int r = ck_vm_run(&vm, 0);
    ck_board_rx_interrupt(0);
    if (r == CK_EXIT) return (int)(vm.exit_status & 0xFFu);
    const char *name = ck_vm_func_name(&vm, vm.fault.func);
    ck_fw_print("\r\nfault: ");
    ck_fw_print(ck_vm_fault_name(r));
    ck_fw_print(" in function ");
    ck_fw_print(name ? name : "?");
    ck_fw_print(" (index ");
    ck_fw_print_u32(vm.fault.func);
    ck_fw_print(") at pc 0x");
    ck_fw_print_hex(vm.fault.pc);
    ck_fw_print("\r\n");
    return 134;
}

/* The slot to boot: the current one if it verifies, else the other one if that does. */
static int boot_slot(void)
{
    static char err[160];
    int cur = ck_fw_current_slot();
    if (cur < 0) return -1;
    for (int k = 0; k < 2; k++) {
        int s = k ? 1 - cur : cur;
        const uint8_t *img = ck_board_slot(s);
        if (!memcmp(img, "CKBC", 4) && !load(img, image_size(img), err, sizeof err)) return s;
    }
    return -1;
}

int main(void)
{
    ck_board_init();
    int flags = 0;
    if (boot_request == LOADER_REQUEST) {
        boot_request = 0;
        flags = ck_fw_loader(0);
    } else if (boot_slot() < 0) {
        flags = ck_fw_loader(0);
    }
    for (;;) {
        int slot = boot_slot();
        int status = slot < 0 ? 1 : run(slot);
        if (flags & CK_FP_RUN_EXIT) ck_board_exit(status);
        flags = ck_fw_loader(0);
    }
}
