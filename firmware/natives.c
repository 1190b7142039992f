/* The standard natives (include/cockpit/natives.h) on a board: the console is the board's UART. */
#include "board.h"
#include "ckvm.h"
#include "cockpit/natives.h"

static void out_str(const char *s)
{
    while (*s) ck_board_putc(*s++);
}

static void out_u64(uint64_t v)
{
    char buf[21];
    int n = 0;
    do { buf[n++] = (char)('0' + v % 10u); v /= 10u; } while (v);
    while (n) ck_board_putc(buf[--n]);
}

static void out_hex(uint64_t v, int digits)
{
    while (digits--) ck_board_putc("0123456789abcdef"[(v >> (4 * digits)) & 0xFu]);
}

static uint64_t pair(const uint32_t *r) { return (uint64_t)r[1] << 32 | r[0]; }

static int n_sys_exit(ck_vm *vm, uint32_t *r) { vm->exit_status = r[0]; return CK_NATIVE_EXIT; }
static int n_sys_heap(ck_vm *vm, uint32_t *r) { r[0] = vm->heap_start; r[1] = vm->stack_limit; return 0; }
static int n_io_putchar(ck_vm *vm, uint32_t *r) { (void)vm; ck_board_putc((int)(r[0] & 0xFFu)); return 0; }
static int n_io_write(ck_vm *vm, uint32_t *r)
{
    const uint8_t *p = ck_vm_ptr(vm, r[0], r[1]);
    if (!p) return CK_FAULT_OOB;
    for (uint32_t i = 0; i < r[1]; i++) ck_board_putc(p[i]);
    r[0] = r[1];
    return 0;
}
static int n_io_print_i32(ck_vm *vm, uint32_t *r)
{
    (void)vm;
    int32_t v = (int32_t)r[0];
    if (v < 0) { ck_board_putc('-'); out_u64(0u - (uint64_t)(int64_t)v); }
    else out_u64((uint64_t)v);
    return 0;
}
static int n_io_print_u32(ck_vm *vm, uint32_t *r) { (void)vm; out_u64(r[0]); return 0; }
static int n_io_print_i64(ck_vm *vm, uint32_t *r)
{
    (void)vm;
    uint64_t v = pair(r);
    if (v >> 63) { ck_board_putc('-'); out_u64(0u - v); }
    else out_u64(v);
    return 0;
}
static int n_io_print_u64(ck_vm *vm, uint32_t *r) { (void)vm; out_u64(pair(r)); return 0; }
static int n_io_print_x32(ck_vm *vm, uint32_t *r) { (void)vm; out_hex(r[0], 8); return 0; }
static int n_io_print_x64(ck_vm *vm, uint32_t *r) { (void)vm; out_hex(pair(r), 16); return 0; }

const ck_native ck_fw_natives[] = {
    { "sys.exit", 1, 1, 0, n_sys_exit },
    { "sys.heap", 1, 0, 2, n_sys_heap },
    { "io.putchar", 1, 1, 1, n_io_putchar },
    { "io.write", 1, 2, 1, n_io_write },
    { "io.print_i32", 1, 1, 0, n_io_print_i32 },
    { "io.print_u32", 1, 1, 0, n_io_print_u32 },
    { "io.print_i64", 1, 2, 0, n_io_print_i64 },
    { "io.print_u64", 1, 2, 0, n_io_print_u64 },
    { "io.print_x32", 1, 1, 0, n_io_print_x32 },
    { "io.print_x64", 1, 2, 0, n_io_print_x64 },
};
const uint32_t ck_fw_nnatives = sizeof ck_fw_natives / sizeof ck_fw_natives[0];

void ck_fw_print(const char *s) { out_str(s); }
void ck_fw_print_u32(uint32_t v) { out_u64(v); }
void ck_fw_print_hex(uint32_t v) { out_hex(v, 8); }
