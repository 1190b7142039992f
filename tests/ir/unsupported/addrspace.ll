; expect: function f: unsupported IR: pointer in address space 1
define i32 @f(ptr addrspace(1) %p) {
  %v = load i32, ptr addrspace(1) %p
  ret i32 %v
}
