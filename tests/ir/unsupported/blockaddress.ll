; expect: function f: unsupported IR: blockaddress (computed goto)
@target = global ptr null
define void @f() {
entry:
  store ptr blockaddress(@f, %next), ptr @target
  br label %next
next:
  ret void
}
