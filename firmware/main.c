/* Firmware entry: run the current image, or serve the loader. A running guest is interrupted by
 * the host starting a flash frame (the UART receive interrupt resets into the loader), so the
 * loader is always reachable, whatever the guest does, at no cost to the interpreter. */
#include <string.h>
#include "board.h"
#include "ckvm.h"
#include "verrors.h"
#include "firmware.h"
#include "cockpit/flashproto.h"

extern const ck_native ck_fw_natives[];
extern const uint32_t ck_fw_nnatives;

#define LOADER_REQUEST 0x4C4F4144u   /* "LOAD": survives the reset in .noinit */

static uint32_t boot_request __attribute__((section(".noinit")));
static int32_t boot_frame __attribute__((section(".noinit")));   /* ck_fw_take_frame's result */
static ck_vm vm;
/* Why the image did not load. A firmware built with CK_VM_TERSE_ERRORS has only the message's
 * number and arguments ("#C A1 ...": vm/core/verrors.h); the host words it in full. */
#ifdef CK_VM_TERSE_ERRORS
static char err[CK_VERR_TERSE_SIZE];
#else
static char err[CK_FP_DONE_TEXT];
#endif

static uint32_t image_size(const uint8_t *img)
{
    return img[8] | img[9] << 8 | (uint32_t)img[10] << 16 | (uint32_t)img[11] << 24;
}

static int load(const uint8_t *img, uint32_t n, uint32_t mem, char *msg, uint32_t msglen)
{
    uint32_t arena_size;
    void *arena = ck_board_arena(&arena_size);
    if (memcmp(img, "CKBC", 4) || n > ck_board.slot_size) {
        strcpy(msg, "no image in the slot");
        return -1;
    }
    return ck_vm_load(&vm, img, n, ck_fw_natives, ck_fw_nnatives, arena, arena_size,
                      mem ? mem : ck_board.guest_mem, msg, msglen);
}

int ck_fw_verify(const uint8_t *img, uint32_t n, char *msg, uint32_t msglen)
{
    return load(img, n, 0, msg, msglen);
}

/* Called from the UART receive interrupt with each byte while a guest runs: a frame start takes
 * the device into the loader, through a reset (the guest's state is not worth keeping). The
 * frame itself is received first, so the reset loses none of its bytes. */
void ck_fw_rx_byte(int c)
{
    static int prev = -1;
    if (prev == CK_FP_SYNC0 && c == CK_FP_SYNC1) {
        boot_frame = ck_fw_take_frame();
        boot_request = LOADER_REQUEST;
        ck_board_reset();
    }
    prev = c;
}

/* Runs the image in slot and reports how it ended: on the console, or to the host in a DONE
 * frame when it asked. Returns the exit status, 134 after a fault, 1 if it did not load. */
static int run(int slot, const ck_fw_run *req)
{
    const uint8_t *img = ck_board_slot(slot);
    if (load(img, image_size(img), req->mem, err, sizeof err)) {
        if (req->flags & CK_FP_RUN_REPORT) {
            ck_fw_done(req, 1, CK_FP_DONE_LOAD, 0, 0, 0, err);
        } else {
            ck_fw_print("cockpit: image rejected: ");
            ck_fw_print(err);
            ck_fw_print("\r\n");
        }
        return 1;
    }
    ck_board_rx_interrupt(1);
    int r = ck_vm_run(&vm, req->budget);
    ck_board_rx_interrupt(0);
    uint32_t status = r == CK_EXIT ? vm.exit_status : 134u;
    const char *name = r == CK_EXIT ? "" : ck_vm_func_name(&vm, vm.fault.func);
    if (req->flags & CK_FP_RUN_REPORT) {
        ck_fw_done(req, status, (unsigned)r, vm.fault.func, vm.fault.pc, vm.fault.addr, name ? name : "");
    } else if (r != CK_EXIT) {
        ck_fw_print("\r\nfault: ");
        ck_fw_print(ck_vm_fault_name(r));
        ck_fw_print(" in function ");
        ck_fw_print(name ? name : "?");
        ck_fw_print(" (index ");
        ck_fw_print_u32(vm.fault.func);
        ck_fw_print(") at pc 0x");
        ck_fw_print_hex(vm.fault.pc);
        ck_fw_print("\r\n");
    }
    return (int)(status & 0xFFu);
}

/* The slot to boot: the current one if it verifies, else the other one if that does. */
static int boot_slot(void)
{
    int cur = ck_fw_current_slot();
    for (int k = 0; k < 2 && cur >= 0; k++) {
        int s = k ? 1 - cur : cur;
        const uint8_t *img = ck_board_slot(s);
        if (!load(img, image_size(img), 0, err, sizeof err)) return s;
    }
    return -1;
}

int main(void)
{
    ck_board_init();
    ck_fw_run req = {0};
    if (boot_request == LOADER_REQUEST) {
        boot_request = 0;
        ck_fw_loader(&req, boot_frame);
    } else if (boot_slot() < 0) {
        ck_fw_loader(&req, -1);
    }
    for (;;) {
        int slot = boot_slot();
        int status = slot < 0 ? 1 : run(slot, &req);
        if (req.flags & CK_FP_RUN_EXIT) ck_board_exit(status);
        ck_fw_loader(&req, -1);
    }
}
