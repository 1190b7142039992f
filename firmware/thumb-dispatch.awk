# Checks the interpreter built with -DCK_VM_THUMB_DISPATCH (GCC, Thumb-2, -S output): every
# "ldr pc, [rT, rOP, lsl #2]" must be followed at once by the C goto it stands for (orr, bx: a
# computed goto through pc, see DISPATCH in vm/core/interp.c),
# which is never executed but tells GCC where control goes. If GCC ever put an instruction between
# the two, that instruction would be skipped at run time: the build fails instead.
{ sub(/@.*/, "") }
/^[ \t]*($|\.)/ { next }
want { if ($1 != seq[want]) { bad++; print FILENAME ":" NR ": " $0 } want = $1 == seq[want] && want < 2 ? want + 1 : 0; next }
/ldr[ \t]+pc, \[[a-z0-9]+, [a-z0-9]+, lsl #2\]/ { n++; want = 1 }
BEGIN { seq[1] = "orr"; seq[2] = "bx" }
END { if (!n || bad) { print "thumb dispatch check failed: " n + 0 " dispatches, " bad + 0 " bad"; exit 1 } }
