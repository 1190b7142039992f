/* The board side of the driver: running firmware under QEMU, flashing over serial or GDB,
 * writing firmware files, listing boards. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ckflash.h"
#include "ckvm.h"
#include "cockpit/flashproto.h"
#include "driver.h"

#ifndef CK_INSTALL_DATADIR
#define CK_INSTALL_DATADIR "/usr/local/lib/cockpit"
#endif

char *ck_data_path(const char *rel)
{
    char buf[4096];
    const char *home = getenv("COCKPIT_HOME");
    if (home && *home) {
        snprintf(buf, sizeof buf, "%s/%s", home, rel);
        return ck_xstrdup(buf);
    }
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
        buf[n] = 0;
        char *slash = strrchr(buf, '/');
        if (slash) {
            char cand[8192];
            *slash = 0;
            snprintf(cand, sizeof cand, "%s/%s", buf, rel);
            struct stat st;
            if (!stat(cand, &st)) return ck_xstrdup(cand);
        }
    }
    snprintf(buf, sizeof buf, "%s/%s", CK_INSTALL_DATADIR, rel);
    return ck_xstrdup(buf);
}

static const ck_board_desc *board_or_default(const char *name)
{
    const ck_board_desc *bd = ck_board_find(name ? name : "mps2-an386");
    if (!bd) {
        size_t n;
        const ck_board_desc *all = ck_boards(&n);
        fprintf(stderr, "cockpit: error: unknown board '%s' (known:", name);
        for (size_t i = 0; i < n; i++) fprintf(stderr, " %s", all[i].name);
        fprintf(stderr, ")\n");
    }
    return bd;
}

static char *firmware_path(const ck_board_desc *bd)
{
    char rel[128];
    snprintf(rel, sizeof rel, "firmware/%s.elf", bd->name);
    char *p = ck_data_path(rel);
    if (access(p, R_OK)) {
        fprintf(stderr, "cockpit: error: no firmware for '%s' at %s (build with arm-none-eabi-gcc installed)\n", bd->name, p);
        free(p);
        return NULL;
    }
    return p;
}

int ck_cmd_boards(void)
{
    size_t n;
    const ck_board_desc *all = ck_boards(&n);
    printf("%-15s %-10s %6s  %s\n", "board", "cpu", "memory", "description");
    for (size_t i = 0; i < n; i++) {
        char rel[128];
        snprintf(rel, sizeof rel, "firmware/%s.elf", all[i].name);
        char *p = ck_data_path(rel);
        printf("%-15s %-10s %5uK  %s%s\n", all[i].name, all[i].cpu, (unsigned)(all[i].guest_mem / 1024u), all[i].summary,
               access(p, R_OK) ? " [firmware not built]" : "");
        free(p);
    }
    return 0;
}

int ck_cmd_firmware(const char *board, const char *output)
{
    const ck_board_desc *bd = board_or_default(board);
    if (!bd) return 1;
    char *path = firmware_path(bd);
    if (!path) return 1;
    char err[512];
    ck_buf elf = {0}, out = {0};
    const char *dot = output ? strrchr(output, '.') : NULL;
    const char *format = dot && (!strcmp(dot, ".hex") || !strcmp(dot, ".bin")) ? dot + 1 : "elf";
    char defname[160];
    if (!output) { snprintf(defname, sizeof defname, "cockpit-%s.elf", bd->name); output = defname; }
    int rc = ck_read_file(path, &elf, err, sizeof err) || ck_firmware_convert(&elf, format, &out, err, sizeof err) ||
             ck_write_file(output, out.data, out.len, err, sizeof err);
    if (rc) fprintf(stderr, "cockpit firmware: error: %s\n", err);
    else printf("%s: %s firmware for %s, %zu bytes\n", output, format, bd->name, out.len);
    ck_buf_free(&elf);
    ck_buf_free(&out);
    free(path);
    return rc ? 1 : 0;
}

/* The guest's end as the host VM reports it (vm/host/host.c), from the device's DONE frame. */
static int report_end(const ck_run_report *rep, const char *name)
{
    if (rep->outcome == CK_FP_DONE_EXIT) return (int)(rep->status & 0xFFu);
    if (rep->outcome == CK_FP_DONE_LOAD) {
        fprintf(stderr, "%s: error: %s\n", name, rep->text);
        return 1;
    }
    fprintf(stderr, "%s: fault: %s in function ", name, ck_vm_fault_name((int)rep->outcome));
    if (rep->text[0]) fprintf(stderr, "%s (index %u)", rep->text, (unsigned)rep->func);
    else fprintf(stderr, "index %u", (unsigned)rep->func);
    fprintf(stderr, " at pc 0x%x", (unsigned)rep->pc);
    if (rep->outcome == CK_FAULT_OOB) fprintf(stderr, ", address 0x%x", (unsigned)rep->addr);
    fputc('\n', stderr);
    return 134;
}

int ck_cmd_flash(const uint8_t *img, size_t n, const ck_flash_cli *c)
{
    const ck_board_desc *bd = board_or_default(c->board);
    if (!bd) return 1;
    char err[512];
    if (c->gdb) {
        if (ck_flash_gdb(c->gdb, bd, img, n, err, sizeof err)) {
            fprintf(stderr, "cockpit flash: error: %s\n", err);
            return 1;
        }
        if (!c->quiet) fprintf(stderr, "flashed %zu bytes to %s through gdb %s and reset it\n", n, bd->name, c->gdb);
        return 0;
    }
    ck_port p;
    if (ck_port_open(&p, c->port, err, sizeof err)) {
        fprintf(stderr, "cockpit flash: error: %s\n", err);
        return 1;
    }
    ck_flash_opts o = { bd->name, c->quiet, c->monitor ? CK_FP_RUN_REPORT : 0, 0, c->timeout_ms, c->budget,
                        c->mem_size };
    int rc = ck_flash_serial(&p, img, n, &o) ? 1 : 0;
    if (!rc && !c->quiet) fprintf(stderr, "flashed %zu bytes to %s on %s, verified, running\n", n, bd->name, c->port);
    fflush(stdout);
    if (!rc && c->monitor) {
        ck_run_report rep;
        if (ck_flash_monitor(&p, stdout, &rep, 0)) rc = report_end(&rep, c->name ? c->name : "image");
        else {
            fprintf(stderr, "cockpit flash: error: the connection to %s closed before the guest ended\n", c->port);
            rc = 1;
        }
    }
    ck_port_close(&p);
    return rc;
}

static pid_t qemu_pid = -1;

static void kill_qemu(int sig)
{
    if (qemu_pid > 0) kill(qemu_pid, SIGKILL);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* QEMU with the board's firmware, its console on a fresh unix socket; its messages go to log. */
static pid_t start_qemu(const ck_board_desc *bd, const char *fw, const char *sock, const char *log)
{
    char chardev[512];
    snprintf(chardev, sizeof chardev, "socket,id=con,path=%s,server=on,wait=on", sock);
    pid_t pid = fork();
    if (pid == 0) {
        const char *argv[24];
        int a = 0;
        argv[a++] = bd->qemu;
        argv[a++] = "-M"; argv[a++] = bd->machine;
        argv[a++] = "-nographic"; argv[a++] = "-monitor"; argv[a++] = "none";
        if (strstr(bd->qemu, "riscv")) { argv[a++] = "-bios"; argv[a++] = "none"; }
        argv[a++] = "-kernel"; argv[a++] = fw;
        argv[a++] = "-chardev"; argv[a++] = chardev;
        argv[a++] = "-serial"; argv[a++] = "chardev:con";
        argv[a++] = "-semihosting-config"; argv[a++] = "enable=on,target=native";
        argv[a] = NULL;
        prctl(PR_SET_PDEATHSIG, SIGKILL);          /* never outlive the driver */
        int devnull = open("/dev/null", O_RDWR), logfd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (devnull >= 0) { dup2(devnull, 0); dup2(devnull, 1); }
        if (logfd >= 0) dup2(logfd, 2);
        execvp(argv[0], (char *const *)argv);
        fprintf(stderr, "cannot start %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    return pid;
}

/* What QEMU said, for a failure message. */
static void show_log(const char *log)
{
    FILE *f = fopen(log, "r");
    if (!f) return;
    char line[512];
    while (fgets(line, sizeof line, f))
        if (!strstr(line, "QEMU waiting for connection")) fprintf(stderr, "  qemu: %s", line);
    fclose(f);
}

int ck_board_run(const uint8_t *img, size_t n, const ck_board_run_opts *ro)
{
    const ck_board_desc *bd = board_or_default(ro->board);
    if (!bd) return 1;
    char *fw = firmware_path(bd);
    if (!fw) return 1;
    const char *name = ro->name ? ro->name : "image";
    const char *tmpdir = getenv("TMPDIR");
    char dir[256], sock[300], log[300], err[512];
    snprintf(dir, sizeof dir, "%s/cockpit-XXXXXX", tmpdir && *tmpdir && strlen(tmpdir) < 64 ? tmpdir : "/tmp");
    if (!mkdtemp(dir)) { fprintf(stderr, "cockpit: error: cannot make a temporary directory\n"); free(fw); return 1; }
    snprintf(sock, sizeof sock, "%s/console", dir);
    snprintf(log, sizeof log, "%s/qemu.log", dir);
    void (*old_int)(int) = signal(SIGINT, kill_qemu), (*old_term)(int) = signal(SIGTERM, kill_qemu);
    pid_t pid = qemu_pid = start_qemu(bd, fw, sock, log);
    free(fw);
    int status = 1, st = 0, exited = 0;
    if (pid < 0) {
        fprintf(stderr, "cockpit: error: cannot fork\n");
        goto out;
    }
    ck_port p;
    char spec[320];
    snprintf(spec, sizeof spec, "unix:%s", sock);
    int connected = 0;
    for (int i = 0; i < 400 && !connected; i++) {          /* QEMU needs a moment to listen */
        if (!ck_port_open(&p, spec, err, sizeof err)) connected = 1;
        else if (waitpid(pid, &st, WNOHANG) == pid) { exited = 1; break; }
        else nanosleep(&(struct timespec){0, 25 * 1000 * 1000}, NULL);
    }
    if (!connected) {
        fprintf(stderr, "cockpit: error: the %s emulator (%s -M %s) did not start\n", bd->name, bd->qemu, bd->machine);
        show_log(log);
        goto out;
    }
    ck_flash_opts o = { bd->name, 1, CK_FP_RUN_EXIT | CK_FP_RUN_REPORT, 0, 5000, ro->budget, ro->mem_size };
    if (!ck_flash_serial(&p, img, n, &o)) {
        fflush(stdout);
        ck_run_report rep;
        if (ck_flash_monitor(&p, stdout, &rep, 0)) status = report_end(&rep, name);
        else {
            fprintf(stderr, "cockpit: error: the %s firmware stopped without saying how the guest ended\n", bd->name);
            show_log(log);
        }
    }
    ck_port_close(&p);
out:
    if (pid > 0) {
        /* the firmware stops QEMU itself after DONE (semihosting); give it a moment */
        for (int i = 0; i < 40 && !exited; i++) {
            if (waitpid(pid, &st, WNOHANG) == pid) exited = 1;
            else nanosleep(&(struct timespec){0, 25 * 1000 * 1000}, NULL);
        }
        if (!exited) { kill(pid, SIGKILL); waitpid(pid, &st, 0); }
    }
    qemu_pid = -1;
    signal(SIGINT, old_int);
    signal(SIGTERM, old_term);
    unlink(sock);
    unlink(log);
    rmdir(dir);
    return status;
}

int ck_run_on_board(const uint8_t *img, size_t n, const char *board, int quiet)
{
    ck_board_run_opts o = { board, NULL, 0, 0, quiet };
    return ck_board_run(img, n, &o);
}
