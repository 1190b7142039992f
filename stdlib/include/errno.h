/* <errno.h> for Cockpit C: one errno (the VM runs one thread), reached through a function so that
 * the optimiser, which assumes that malloc touches no memory the program can see, still reloads
 * it after malloc has set ENOMEM. */
#ifndef _ERRNO_H
#define _ERRNO_H

int *__ck_errno(void);
#define errno (*__ck_errno())

#define EDOM 33
#define ERANGE 34
#define EINVAL 22
#define ENOMEM 12
#define EILSEQ 84

#endif
