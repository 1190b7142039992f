; Reaching `unreachable` (a switch default the program claims cannot happen, for a value the
; optimiser cannot see) stops the guest with a trap fault. Optimisers may drop the check (the
; program is undefined), so this runs at -O0 only (unreachable.levels).
declare void @"\01io.print_i32"(i32)

@v = global i32 7

define i32 @main() {
entry:
  %x = load i32, ptr @v
  switch i32 %x, label %never [ i32 0, label %a  i32 1, label %b ]
a:
  ret i32 10
b:
  ret i32 11
never:
  unreachable
}
